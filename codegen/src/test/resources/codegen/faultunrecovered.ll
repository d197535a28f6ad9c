; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.handlers = global { ptr, i64, i64 } zeroinitializer, align 8
@.str = private unnamed_addr constant [13 x i8] c"deferred runs", align 1

define { ptr, ptr } @main.pick(i64 %i, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = load { ptr, i64, i64 }, ptr @main.handlers, align 8
  %1 = extractvalue { ptr, i64, i64 } %0, 1
  %2 = icmp slt i64 %i, %1
  br i1 %2, label %"1.if.then", label %"2.if.done"

"2.if.done":                                      ; preds = %"0.entry"
  ret { ptr, ptr } zeroinitializer

"1.if.then":                                      ; preds = %"0.entry"
  %3 = load { ptr, i64, i64 }, ptr @main.handlers, align 8
  %4 = extractvalue { ptr, i64, i64 } %3, 1
  %5 = icmp uge i64 %i, %4
  br i1 %5, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"1.if.then"
  call void @llgo_panicindex(i64 %i, i64 %4)
  unreachable

bounds.next:                                      ; preds = %"1.if.then"
  %6 = extractvalue { ptr, i64, i64 } %3, 0
  %7 = getelementptr { ptr, ptr }, ptr %6, i64 %i
  %8 = load { ptr, ptr }, ptr %7, align 8
  ret { ptr, ptr } %8
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
  %2 = call { ptr, ptr } @main.pick(i64 3, ptr null)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = extractvalue { ptr, ptr } %2, 1
  %5 = icmp eq ptr %3, null
  br i1 %5, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %6 = call i64 %3(i64 4, ptr %4)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %6)
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
declare void @llgo_panicindex(i64, i64) #0

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 13)
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
declare void @llgo_panicnilderef() #0

declare void @llgo_printint(i64)

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
