; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i64 @main.fib(i64 %n, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp slt i64 %n, 2
  br i1 %0, label %"1.if.then", label %"2.if.done"

"2.if.done":                                      ; preds = %"0.entry"
  %1 = sub i64 %n, 1
  %2 = call i64 @main.fib(i64 %1, ptr null)
  %3 = sub i64 %n, 2
  %4 = call i64 @main.fib(i64 %3, ptr null)
  %5 = add i64 %2, %4
  ret i64 %5

"1.if.then":                                      ; preds = %"0.entry"
  ret i64 %n
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call i64 @main.fib(i64 30, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %0)
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

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
