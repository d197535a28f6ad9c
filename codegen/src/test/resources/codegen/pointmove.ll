; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Point = type { i64, i64 }

@"type:main.Point" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.Point", { ptr, i64 } { ptr @.str, i64 10 }, i64 16, i64 0, i32 -896211436, i8 1, i8 8, i8 8, i8 25, ptr @"eq:main.Point", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods }, align 8
@.str = private unnamed_addr constant [10 x i8] c"main.Point", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.1, i64 4 }, align 8
@.str.1 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"Sum", align 1
@"type:func() int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.3, i64 10 }, i64 16, i64 16, i32 -895306499, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [10 x i8] c"func() int", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.2, i64 3 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Point.Sum$ptr" }], align 8

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
  %3 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Point", i64 24))
  store %main.Point %2, ptr %3, align 8
  call void @"main.(*Point).Move"(ptr %3, i64 10, i64 20, ptr null)
  %4 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Point", i64 24))
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

define linkonce_odr i64 @"hash:main.Point"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.Point, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.Point, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:main.Point"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Point, ptr %0, align 8
  %3 = load %main.Point, ptr %1, align 8
  %4 = extractvalue %main.Point %2, 0
  %5 = extractvalue %main.Point %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.Point %2, 1
  %9 = extractvalue %main.Point %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  ret i1 %11
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

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
