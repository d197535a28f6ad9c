; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"f deferred runs", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.1, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.str.2 = private unnamed_addr constant [5 x i8] c"first", align 1
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.3, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str.3 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [13 x i8] c"second after ", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"main deferred runs", align 1

define void @main.f(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.f$defer1", ptr null, ptr null)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.f$defer2", ptr null, ptr @"main.f$1")
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } { ptr @.str.2, i64 5 }, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %2, 1
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = extractvalue { ptr, ptr } %3, 1
  call void @llgo_panic(ptr %4, ptr %5)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.f$1"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.f$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, getelementptr inbounds (i8, ptr @"type:string", i64 24)
  %4 = extractvalue { ptr, ptr } %1, 1
  %5 = xor i1 %3, true
  br i1 %5, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"0.entry"
  call void @llgo_panicdottype(ptr %2, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
  unreachable

typeassert.next:                                  ; preds = %"0.entry"
  %6 = load { ptr, i64 }, ptr %4, align 8
  %7 = extractvalue { ptr, i64 } %6, 0
  %8 = extractvalue { ptr, i64 } %6, 1
  %9 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.4, i64 13, ptr %7, i64 %8)
  %10 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %9, ptr %10, align 8
  %11 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %10, 1
  %12 = extractvalue { ptr, ptr } %11, 0
  %13 = extractvalue { ptr, ptr } %11, 1
  call void @llgo_panic(ptr %12, ptr %13)
  unreachable
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
  call void @main.f(ptr null)
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

define internal void @"main.f$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

define internal void @"main.f$defer2"(ptr %0) {
entry:
  call void @"main.f$1"(ptr null) #2
  ret void
}

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

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

; Function Attrs: noreturn
declare void @llgo_panicdottype(ptr, ptr, ptr) #0

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_nilinterhash(ptr, i64)

define linkonce_odr i1 @"eq:interface{}"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, ptr }, ptr %0, align 8
  %3 = load { ptr, ptr }, ptr %1, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = icmp eq ptr %4, %5
  %9 = icmp eq ptr %4, null
  %10 = xor i1 %9, true
  %11 = and i1 %8, %10
  br i1 %11, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %entry
  %12 = getelementptr i8, ptr %4, i64 24
  %13 = load ptr, ptr %12, align 8
  %14 = icmp eq ptr %13, null
  br i1 %14, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %4)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %15 = getelementptr i8, ptr %4, i64 23
  %16 = load i8, ptr %15, align 1
  %17 = and i8 %16, 32
  %18 = icmp ne i8 %17, 0
  %19 = icmp eq ptr %6, %7
  br i1 %18, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %20 = call i1 %13(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %21 = phi i1 [ %8, %entry ], [ %19, %uncomparable.next ], [ %20, %ifaceeq.boxed ]
  ret i1 %21
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.5, i64 18)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
