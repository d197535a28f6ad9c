; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"deferred in g, about to index", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"main deferred", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"start", align 1

define void @main.g(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.g$defer1", ptr null, ptr @"main.g$1")
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 42, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %2, 1
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = extractvalue { ptr, ptr } %3, 1
  call void @llgo_panic(ptr %4, ptr %5)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.g$1"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.1, i64 29)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br i1 true, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 3, i64 0)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %0 = load i64, ptr getelementptr (i64, ptr null, i64 3), align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %0)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
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
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @main.g(ptr null)
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

define internal void @"main.g$defer1"(ptr %0) {
entry:
  call void @"main.g$1"(ptr null) #2
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

declare ptr @llgo_newobject(ptr)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare void @llgo_printint(i64)

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 13)
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
