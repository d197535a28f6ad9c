; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.MyErr = type { i64, { ptr, i64 } }

@.str = private unnamed_addr constant [7 x i8] c"myerr: ", align 1
@"name:1:*main.MyErr" = linkonce_odr constant [13 x i8] c"\01\0B*main.MyErr", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:Error" = linkonce_odr constant [7 x i8] c"\01\05Error", align 1
@"name:0:*func() string" = linkonce_odr constant [16 x i8] c"\00\0E*func() string", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1926728997, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:string"] }, section "llgo_types", align 8
@"type:*main.MyErr" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1111680643, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.MyErr", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.MyErr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.MyErr", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*MyErr).Error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*MyErr).Error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"gcbits:02" = linkonce_odr constant [1 x i8] c"\02"
@"name:0:code" = linkonce_odr constant [6 x i8] c"\00\04code", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:msg" = linkonce_odr constant [5 x i8] c"\00\03msg", align 1
@"type:main.MyErr" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 16, i32 -857069013, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.MyErr", ptr null }, ptr @"gcbits:02", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.MyErr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.MyErr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.MyErr", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:code", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:msg", ptr @"type:string", i64 8 }] }, section "llgo_types", align 8
@"itab:*main.MyErr,error" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:error", ptr @"type:*main.MyErr", i32 1111680643, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.(*MyErr).Error"] }, align 8
@"name:0:*error" = linkonce_odr constant [8 x i8] c"\00\06*error", align 1
@"type:*error" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1938933383, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*error", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:error" }, section "llgo_types", align 8
@"type:error" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1313393183, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:error", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:error", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Error" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [8 x i8] c"deferred", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"disk full", align 1

define { ptr, i64 } @"main.(*MyErr).Error"(ptr %e, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %e, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.MyErr, ptr %e, i32 0, i32 1
  %2 = load { ptr, i64 }, ptr %1, align 8
  %3 = extractvalue { ptr, i64 } %2, 0
  %4 = extractvalue { ptr, i64 } %2, 1
  %5 = call { ptr, i64 } @llgo_concatstring2(ptr @.str, i64 7, ptr %3, i64 %4)
  ret { ptr, i64 } %5
}

define { ptr, ptr } @main.fail({ ptr, i64 } %msg, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:main.MyErr")
  %1 = getelementptr inbounds nuw %main.MyErr, ptr %0, i32 0, i32 0
  store i64 1, ptr %1, align 8
  %2 = getelementptr inbounds nuw %main.MyErr, ptr %0, i32 0, i32 1
  store { ptr, i64 } %msg, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr @"itab:*main.MyErr,error", ptr undef }, ptr %0, 1
  ret { ptr, ptr } %3
}

define void @main.main(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer1", ptr null, ptr null)
  %2 = call { ptr, ptr } @main.fail({ ptr, i64 } { ptr @.str.2, i64 9 }, ptr null)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %itab.done, label %itab.type

itab.type:                                        ; preds = %"0.entry"
  %5 = getelementptr i8, ptr %3, i64 8
  %6 = load ptr, ptr %5, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %"0.entry"
  %7 = phi ptr [ null, %"0.entry" ], [ %6, %itab.type ]
  %8 = extractvalue { ptr, ptr } %2, 1
  %9 = insertvalue { ptr, ptr } undef, ptr %7, 0
  %10 = insertvalue { ptr, ptr } %9, ptr %8, 1
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  call void @llgo_panic(ptr %11, ptr %12)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:*main.MyErr"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, i64 }, ptr %0, align 8
  %4 = load { ptr, i64 }, ptr %1, align 8
  %5 = extractvalue { ptr, i64 } %3, 0
  %6 = extractvalue { ptr, i64 } %3, 1
  %7 = extractvalue { ptr, i64 } %4, 0
  %8 = extractvalue { ptr, i64 } %4, 1
  %9 = call i1 @llgo_eqstring(ptr %5, i64 %6, ptr %7, i64 %8)
  ret i1 %9
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

define linkonce_odr i1 @"eq:main.MyErr"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.MyErr, ptr %0, align 8
  %4 = load %main.MyErr, ptr %1, align 8
  %5 = extractvalue %main.MyErr %3, 0
  %6 = extractvalue %main.MyErr %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.MyErr %3, 1
  %10 = extractvalue %main.MyErr %4, 1
  %11 = extractvalue { ptr, i64 } %9, 0
  %12 = extractvalue { ptr, i64 } %9, 1
  %13 = extractvalue { ptr, i64 } %10, 0
  %14 = extractvalue { ptr, i64 } %10, 1
  %15 = call i1 @llgo_eqstring(ptr %11, i64 %12, ptr %13, i64 %14)
  %16 = and i1 %8, %15
  ret i1 %16
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

define linkonce_odr i1 @"eq:*error"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:error"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, ptr }, ptr %0, align 8
  %4 = load { ptr, ptr }, ptr %1, align 8
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %4, 0
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %4, 1
  %9 = extractvalue { ptr, ptr } %3, 0
  %10 = icmp eq ptr %9, null
  br i1 %10, label %itab.done, label %itab.type

itab.type:                                        ; preds = %entry
  %11 = getelementptr i8, ptr %9, i64 8
  %12 = load ptr, ptr %11, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %entry
  %13 = phi ptr [ null, %entry ], [ %12, %itab.type ]
  %14 = extractvalue { ptr, ptr } %4, 0
  %15 = icmp eq ptr %14, null
  br i1 %15, label %itab.done2, label %itab.type1

itab.type1:                                       ; preds = %itab.done
  %16 = getelementptr i8, ptr %14, i64 8
  %17 = load ptr, ptr %16, align 8
  br label %itab.done2

itab.done2:                                       ; preds = %itab.type1, %itab.done
  %18 = phi ptr [ null, %itab.done ], [ %17, %itab.type1 ]
  %19 = icmp eq ptr %13, %18
  %20 = icmp eq ptr %13, null
  %21 = xor i1 %20, true
  %22 = and i1 %19, %21
  br i1 %22, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %itab.done2
  %23 = getelementptr i8, ptr %13, i64 24
  %24 = load ptr, ptr %23, align 8
  %25 = icmp eq ptr %24, null
  br i1 %25, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %13)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %26 = getelementptr i8, ptr %13, i64 23
  %27 = load i8, ptr %26, align 1
  %28 = and i8 %27, 32
  %29 = icmp ne i8 %28, 0
  %30 = icmp eq ptr %7, %8
  br i1 %29, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %31 = getelementptr i8, ptr %13, i64 32
  %32 = load ptr, ptr %31, align 8
  %33 = call i1 %24(ptr %7, ptr %8, ptr %32)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %34 = phi i1 [ %19, %itab.done2 ], [ %30, %uncomparable.next ], [ %33, %ifaceeq.boxed ]
  ret i1 %34
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.1, i64 8)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
