; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"type:main.addresser" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.addresser", { ptr, i64 } { ptr @.str, i64 14 }, i64 16, i64 16, i32 -1238136067, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.addresser", ptr null, i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods, i64 1, i64 1 }, align 8
@.str = private unnamed_addr constant [14 x i8] c"main.addresser", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.1, i64 4 }, align 8
@.str.1 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"Addr", align 1
@"type:func() uintptr" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.3, i64 14 }, i64 16, i64 16, i32 1120948950, i8 0, i8 8, i8 8, i8 19, ptr null, ptr null, i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [14 x i8] c"func() uintptr", align 1
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.2, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() uintptr", i64 24) }], align 8
@"type:error" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:error", { ptr, i64 } { ptr @.str.4, i64 5 }, i64 16, i64 16, i32 -1313393183, i8 0, i8 8, i8 8, i8 20, ptr @"eq:error", ptr null, i32 0, i32 0, ptr null, ptr @.methods.7, i64 1, i64 1 }, align 8
@.str.4 = private unnamed_addr constant [5 x i8] c"error", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"Error", align 1
@"type:func() string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.6, i64 13 }, i64 16, i64 16, i32 1926728997, i8 0, i8 8, i8 8, i8 19, ptr null, ptr null, i32 0, i32 0 }, align 8
@.str.6 = private unnamed_addr constant [13 x i8] c"func() string", align 1
@.methods.7 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.5, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24) }], align 8
@"type:interface{RuntimeError()}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{RuntimeError()}", { ptr, i64 } { ptr @.str.8, i64 28 }, i64 16, i64 16, i32 461608195, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{RuntimeError()}", ptr null, i32 0, i32 0, ptr null, ptr @.methods.11, i64 1, i64 1 }, align 8
@.str.8 = private unnamed_addr constant [28 x i8] c"interface { RuntimeError() }", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"RuntimeError", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.10, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr null, i32 0, i32 0 }, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"func()", align 1
@.methods.11 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.9, i64 12 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8
@.str.12 = private unnamed_addr constant [14 x i8] c"runtime error:", align 1

define void @main.wild(i64 %addr, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_alloc(i64 8)
  store i64 %addr, ptr %2, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.wild$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.wild$defer1", ptr %6, ptr %8)
  %9 = load i64, ptr %2, align 8
  %10 = inttoptr i64 %9 to ptr
  %11 = icmp eq ptr %10, null
  br i1 %11, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  store i64 1, ptr %10, align 8
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.wild$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %addr = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.wild$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = extractvalue { ptr, ptr } %2, 1
  %5 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.addresser", i64 24), ptr %3, i1 true)
  %6 = icmp ne ptr %5, null
  %7 = select i1 %6, ptr %4, ptr null
  %8 = insertvalue { ptr, ptr } undef, ptr %5, 0
  %9 = insertvalue { ptr, ptr } %8, ptr %7, 1
  %10 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %9, 0
  %11 = insertvalue { { ptr, ptr }, i1 } %10, i1 %6, 1
  %12 = extractvalue { { ptr, ptr }, i1 } %11, 0
  %13 = extractvalue { { ptr, ptr }, i1 } %11, 1
  %14 = extractvalue { ptr, ptr } %2, 0
  %15 = extractvalue { ptr, ptr } %2, 1
  %16 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:error", i64 24), ptr %14, i1 false)
  %17 = insertvalue { ptr, ptr } undef, ptr %16, 0
  %18 = insertvalue { ptr, ptr } %17, ptr %15, 1
  %19 = extractvalue { ptr, ptr } %18, 0
  %20 = icmp eq ptr %19, null
  br i1 %20, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %21 = getelementptr i8, ptr %19, i64 24
  %22 = load ptr, ptr %21, align 8
  %23 = extractvalue { ptr, ptr } %18, 1
  %24 = call { ptr, i64 } %22(ptr %23, ptr null)
  br i1 %13, label %"1.land.rhs", label %"2.land.done"

"1.land.rhs":                                     ; preds = %nilcheck.next
  %25 = extractvalue { ptr, ptr } %12, 0
  %26 = icmp eq ptr %25, null
  br i1 %26, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %"1.land.rhs"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %"1.land.rhs"
  %27 = getelementptr i8, ptr %25, i64 24
  %28 = load ptr, ptr %27, align 8
  %29 = extractvalue { ptr, ptr } %12, 1
  %30 = call i64 %28(ptr %29, ptr null)
  %31 = load i64, ptr %addr, align 8
  %32 = icmp eq i64 %30, %31
  br label %"2.land.done"

"2.land.done":                                    ; preds = %nilcheck.next2, %nilcheck.next
  %33 = phi i1 [ false, %nilcheck.next ], [ %32, %nilcheck.next2 ]
  call void @llgo_printlock()
  %34 = extractvalue { ptr, i64 } %24, 0
  %35 = extractvalue { ptr, i64 } %24, 1
  call void @llgo_printstring(ptr %34, i64 %35)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %33)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %36 = extractvalue { ptr, ptr } %2, 0
  %37 = extractvalue { ptr, ptr } %2, 1
  %38 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:interface{RuntimeError()}", i64 24), ptr %36, i1 true)
  %39 = icmp ne ptr %38, null
  %40 = select i1 %39, ptr %37, ptr null
  %41 = insertvalue { ptr, ptr } undef, ptr %38, 0
  %42 = insertvalue { ptr, ptr } %41, ptr %40, 1
  %43 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %42, 0
  %44 = insertvalue { { ptr, ptr }, i1 } %43, i1 %39, 1
  %45 = extractvalue { { ptr, ptr }, i1 } %44, 0
  %46 = extractvalue { { ptr, ptr }, i1 } %44, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.12, i64 14)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %46)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.far(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.far$defer1", ptr null, ptr @"main.far$1")
  br i1 true, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %2 = load i64, ptr getelementptr ([65536 x i64], ptr null, i64 0, i64 60000), align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.far$1"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.far$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = extractvalue { ptr, ptr } %1, 1
  %4 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:error", i64 24), ptr %2, i1 false)
  %5 = insertvalue { ptr, ptr } undef, ptr %4, 0
  %6 = insertvalue { ptr, ptr } %5, ptr %3, 1
  %7 = extractvalue { ptr, ptr } %6, 0
  %8 = icmp eq ptr %7, null
  br i1 %8, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %9 = getelementptr i8, ptr %7, i64 24
  %10 = load ptr, ptr %9, align 8
  %11 = extractvalue { ptr, ptr } %6, 1
  %12 = call { ptr, i64 } %10(ptr %11, ptr null)
  call void @llgo_printlock()
  %13 = extractvalue { ptr, i64 } %12, 0
  %14 = extractvalue { ptr, i64 } %12, 1
  call void @llgo_printstring(ptr %13, i64 %14)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @main.wild(i64 3735879680, ptr null)
  call void @main.far(ptr null)
  %0 = icmp eq ptr inttoptr (i64 3735879680 to ptr), null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = load i64, ptr inttoptr (i64 3735879680 to ptr), align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %1)
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

declare ptr @llgo_alloc(i64)

define internal void @"main.wild$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

declare ptr @llgo_getitab(ptr, ptr, i1)

define linkonce_odr i64 @"hash:main.addresser"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.addresser"(ptr %0, ptr %1) {
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

define linkonce_odr i64 @"hash:error"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

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

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i64 @"hash:interface{RuntimeError()}"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:interface{RuntimeError()}"(ptr %0, ptr %1) {
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

define internal void @"main.far$defer1"(ptr %0) {
entry:
  call void @"main.far$1"(ptr null) #2
  ret void
}

declare void @llgo_printint(i64)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
