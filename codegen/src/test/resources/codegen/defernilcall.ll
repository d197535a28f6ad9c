; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.fail = global i1 false, align 8
@.str = private unnamed_addr constant [11 x i8] c"panicked ok", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.1, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.str.2 = private unnamed_addr constant [13 x i8] c"did not panic", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"body runs", align 1
@"type:main.Closer" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Closer", { ptr, i64 } { ptr @.str.4, i64 11 }, i64 16, i64 16, i32 -467041404, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Closer", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods, i64 1, i64 1 }, align 8
@.str.4 = private unnamed_addr constant [11 x i8] c"main.Closer", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.5, i64 4 }, align 8
@.str.5 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"Close", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.7, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [6 x i8] c"func()", align 1
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8

define void @main.nilIface(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  br i1 true, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  br i1 true, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %2 = load ptr, ptr getelementptr (i8, ptr null, i64 24), align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.nilIface$defer1", ptr null, ptr %2)
  store i1 true, ptr @main.fail, align 1
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @main.shouldPanic({ ptr, ptr } %f, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.shouldPanic$defer1", ptr null, ptr @"main.shouldPanic$1")
  %2 = extractvalue { ptr, ptr } %f, 0
  %3 = extractvalue { ptr, ptr } %f, 1
  %4 = icmp eq ptr %2, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  call void %2(ptr %3)
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.shouldPanic$1"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.shouldPanic$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, null
  br i1 %3, label %"1.if.then", label %"2.if.done"

"2.if.done":                                      ; preds = %"0.entry"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 11)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"1.if.then":                                      ; preds = %"0.entry"
  %4 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } { ptr @.str.2, i64 13 }, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %4, 1
  %6 = extractvalue { ptr, ptr } %5, 0
  %7 = extractvalue { ptr, ptr } %5, 1
  call void @llgo_panic(ptr %6, ptr %7)
  unreachable
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @main.shouldPanic({ ptr, ptr } { ptr @main.nilIface, ptr null }, ptr null)
  %0 = load i1, ptr @main.fail, align 1
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %0)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @main.shouldPanic({ ptr, ptr } { ptr @"main.main$1", ptr null }, ptr null)
  ret void
}

define void @"main.main$1"(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$1$defer1", ptr null, ptr null)
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

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

define internal void @"main.nilIface$defer1"(ptr %0) {
entry:
  br i1 true, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %1 = load ptr, ptr getelementptr (i8, ptr null, i64 24), align 8
  call void %1(ptr null, ptr null) #2
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

define internal void @"main.shouldPanic$defer1"(ptr %0) {
entry:
  call void @"main.shouldPanic$1"(ptr null) #2
  ret void
}

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_strhash(ptr, i64)

define linkonce_odr i1 @"eq:string"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, i64 }, ptr %0, align 8
  %3 = load { ptr, i64 }, ptr %1, align 8
  %4 = extractvalue { ptr, i64 } %2, 0
  %5 = extractvalue { ptr, i64 } %2, 1
  %6 = extractvalue { ptr, i64 } %3, 0
  %7 = extractvalue { ptr, i64 } %3, 1
  %8 = call i1 @llgo_eqstring(ptr %4, i64 %5, ptr %6, i64 %7)
  ret i1 %8
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

declare ptr @llgo_newobject(ptr)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_printbool(i1)

define internal void @"main.main$1$defer1"(ptr %0) {
entry:
  br i1 true, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  br i1 true, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void null(ptr null) #2
  ret void
}

define linkonce_odr i64 @"hash:main.Closer"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.Closer"(ptr %0, ptr %1) {
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

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
