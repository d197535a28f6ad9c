; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Point = type { i64, i64 }

@"name:1:*main.Point" = linkonce_odr constant [13 x i8] c"\01\0B*main.Point", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:Move" = linkonce_odr constant [6 x i8] c"\01\04Move", align 1
@"name:0:*func(int, int)" = linkonce_odr constant [17 x i8] c"\00\0F*func(int, int)", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func(int, int)" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [2 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1828826098, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func(int, int)" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 2, i16 0, i32 0, [2 x ptr] [ptr @"type:int", ptr @"type:int"] }, section "llgo_types", align 8
@"name:1:Sum" = linkonce_odr constant [5 x i8] c"\01\03Sum", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"type:*main.Point" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [2 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1868773468, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Point", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Point", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 2, i16 2, i32 16, i32 0 }, [2 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Move" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func(int, int)" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Point).Move" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Point).Move" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Sum" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Point.Sum$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Point.Sum$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:X" = linkonce_odr constant [3 x i8] c"\01\01X", align 1
@"name:1:Y" = linkonce_odr constant [3 x i8] c"\01\01Y", align 1
@"type:main.Point" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -896211436, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Point", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Point", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:1:X", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:1:Y", ptr @"type:int", i64 8 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Sum" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Point.Sum$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Point.Sum to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8

define void @"main.(*Point).Move"(ptr %p, i64 %dx, i64 %dy, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %p, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Point, ptr %p, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  %3 = add i64 %2, %dx
  store i64 %3, ptr %1, align 8
  %4 = getelementptr inbounds nuw %main.Point, ptr %p, i32 0, i32 1
  %5 = load i64, ptr %4, align 8
  %6 = add i64 %5, %dy
  store i64 %6, ptr %4, align 8
  ret void
}

define i64 @main.Point.Sum(%main.Point %p, ptr %context) {
entry:
  %p1 = alloca %main.Point, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Point zeroinitializer, ptr %p1, align 8
  store %main.Point %p, ptr %p1, align 8
  %0 = getelementptr inbounds nuw %main.Point, ptr %p1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  %2 = getelementptr inbounds nuw %main.Point, ptr %p1, i32 0, i32 1
  %3 = load i64, ptr %2, align 8
  %4 = add i64 %1, %3
  ret i64 %4
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Point, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Point zeroinitializer, ptr %complit, align 8
  %0 = getelementptr inbounds nuw %main.Point, ptr %complit, i32 0, i32 0
  store i64 1, ptr %0, align 8
  %1 = getelementptr inbounds nuw %main.Point, ptr %complit, i32 0, i32 1
  store i64 2, ptr %1, align 8
  %2 = load %main.Point, ptr %complit, align 8
  %3 = call ptr @llgo_newobject(ptr @"type:main.Point")
  store %main.Point %2, ptr %3, align 8
  call void @"main.(*Point).Move"(ptr %3, i64 10, i64 20, ptr null)
  %4 = call ptr @llgo_newobject(ptr @"type:main.Point")
  %5 = getelementptr inbounds nuw %main.Point, ptr %4, i32 0, i32 0
  store i64 5, ptr %5, align 8
  call void @"main.(*Point).Move"(ptr %4, i64 1, i64 1, ptr null)
  %6 = load %main.Point, ptr %3, align 8
  %7 = call i64 @main.Point.Sum(%main.Point %6, ptr null)
  %8 = load %main.Point, ptr %4, align 8
  %9 = call i64 @main.Point.Sum(%main.Point %8, ptr null)
  %10 = getelementptr inbounds nuw %main.Point, ptr %3, i32 0, i32 0
  %11 = load i64, ptr %10, align 8
  %12 = getelementptr inbounds nuw %main.Point, ptr %3, i32 0, i32 1
  %13 = load i64, ptr %12, align 8
  %14 = getelementptr inbounds nuw %main.Point, ptr %4, i32 0, i32 0
  %15 = load i64, ptr %14, align 8
  %16 = getelementptr inbounds nuw %main.Point, ptr %4, i32 0, i32 1
  %17 = load i64, ptr %16, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %11)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %13)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %7)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %15)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %17)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:*main.Point"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Point.Sum$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Point, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Point.Sum$ptr", ptr @main.Point.Sum)
  %4 = call i64 @main.Point.Sum(%main.Point %3, ptr %1)
  ret i64 %4
}

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr i1 @"eq:main.Point"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Point, ptr %0, align 8
  %4 = load %main.Point, ptr %1, align 8
  %5 = extractvalue %main.Point %3, 0
  %6 = extractvalue %main.Point %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Point %3, 1
  %10 = extractvalue %main.Point %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
