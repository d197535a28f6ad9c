; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.MyErr = type { i64, { ptr, i64 } }

@.str = private unnamed_addr constant [7 x i8] c"myerr: ", align 1
@"type:main.MyErr" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.MyErr", { ptr, i64 } { ptr @.str.1, i64 10 }, i64 24, i64 16, i32 -857069013, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.MyErr", ptr @"gcbits:02", i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [10 x i8] c"main.MyErr", align 1
@"gcbits:02" = linkonce_odr constant [1 x i8] c"\02"
@"itab:*main.MyErr,error" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:error", i64 24), ptr getelementptr inbounds (i8, ptr @"type:*main.MyErr", i64 24), i32 1111680643, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.(*MyErr).Error"] }, align 8
@"type:*main.MyErr" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i16, i16, i32, ptr } { ptr @"hash:*main.MyErr", { ptr, i64 } { ptr @.str.2, i64 11 }, i64 8, i64 8, i32 1111680643, i8 1, i8 8, i8 8, i8 54, ptr @"eq:*main.MyErr", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.MyErr", i64 24), ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods }, align 8
@.str.2 = private unnamed_addr constant [11 x i8] c"*main.MyErr", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.3, i64 4 }, align 8
@.str.3 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"Error", align 1
@"type:func() string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.5, i64 13 }, i64 16, i64 16, i32 1926728997, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.5 = private unnamed_addr constant [13 x i8] c"func() string", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.4, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.(*MyErr).Error" }], align 8
@"type:error" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:error", { ptr, i64 } { ptr @.str.6, i64 5 }, i64 16, i64 16, i32 -1313393183, i8 0, i8 8, i8 8, i8 20, ptr @"eq:error", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods.7, i64 1, i64 1 }, align 8
@.str.6 = private unnamed_addr constant [5 x i8] c"error", align 1
@.methods.7 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.4, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24) }], align 8
@.str.8 = private unnamed_addr constant [8 x i8] c"deferred", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"disk full", align 1

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
  %0 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.MyErr", i64 24))
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
  %2 = call { ptr, ptr } @main.fail({ ptr, i64 } { ptr @.str.9, i64 9 }, ptr null)
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

define linkonce_odr i64 @"hash:main.MyErr"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.MyErr, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.MyErr, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:string"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_strhash(ptr, i64)

define linkonce_odr i1 @"eq:main.MyErr"(ptr %0, ptr %1) {
entry:
  %2 = load %main.MyErr, ptr %0, align 8
  %3 = load %main.MyErr, ptr %1, align 8
  %4 = extractvalue %main.MyErr %2, 0
  %5 = extractvalue %main.MyErr %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.MyErr %2, 1
  %9 = extractvalue %main.MyErr %3, 1
  %10 = extractvalue { ptr, i64 } %8, 0
  %11 = extractvalue { ptr, i64 } %8, 1
  %12 = extractvalue { ptr, i64 } %9, 0
  %13 = extractvalue { ptr, i64 } %9, 1
  %14 = call i1 @llgo_eqstring(ptr %10, i64 %11, ptr %12, i64 %13)
  %15 = and i1 %7, %14
  ret i1 %15
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

define linkonce_odr i64 @"hash:*main.MyErr"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*main.MyErr"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
}

define linkonce_odr i64 @"hash:error"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:error"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, ptr }, ptr %0, align 8
  %3 = load { ptr, ptr }, ptr %1, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %2, 0
  %9 = icmp eq ptr %8, null
  br i1 %9, label %itab.done, label %itab.type

itab.type:                                        ; preds = %entry
  %10 = getelementptr i8, ptr %8, i64 8
  %11 = load ptr, ptr %10, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %entry
  %12 = phi ptr [ null, %entry ], [ %11, %itab.type ]
  %13 = extractvalue { ptr, ptr } %3, 0
  %14 = icmp eq ptr %13, null
  br i1 %14, label %itab.done2, label %itab.type1

itab.type1:                                       ; preds = %itab.done
  %15 = getelementptr i8, ptr %13, i64 8
  %16 = load ptr, ptr %15, align 8
  br label %itab.done2

itab.done2:                                       ; preds = %itab.type1, %itab.done
  %17 = phi ptr [ null, %itab.done ], [ %16, %itab.type1 ]
  %18 = icmp eq ptr %12, %17
  %19 = icmp eq ptr %12, null
  %20 = xor i1 %19, true
  %21 = and i1 %18, %20
  br i1 %21, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %itab.done2
  %22 = getelementptr i8, ptr %12, i64 24
  %23 = load ptr, ptr %22, align 8
  %24 = icmp eq ptr %23, null
  br i1 %24, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %12)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %25 = getelementptr i8, ptr %12, i64 23
  %26 = load i8, ptr %25, align 1
  %27 = and i8 %26, 32
  %28 = icmp ne i8 %27, 0
  %29 = icmp eq ptr %6, %7
  br i1 %28, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %30 = call i1 %23(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %31 = phi i1 [ %18, %itab.done2 ], [ %29, %uncomparable.next ], [ %30, %ifaceeq.boxed ]
  ret i1 %31
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 8)
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
