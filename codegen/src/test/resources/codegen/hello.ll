; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"hello, world", align 1

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 12)
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

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
