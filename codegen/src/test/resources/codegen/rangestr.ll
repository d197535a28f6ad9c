; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"h\C3\A9llo, \E4\B8\96\E7\95\8C\FF!", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c":", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c" ", align 1

define void @main.main(ptr %context) {
entry:
  %rangestring = alloca { ptr, i64, i64 }, align 8
  %next = alloca i64, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store { ptr, i64, i64 } { ptr @.str, i64 16, i64 0 }, ptr %rangestring, align 8
  br label %"1.rangeiter.loop"

"1.rangeiter.loop":                               ; preds = %"2.rangeiter.body", %"0.entry"
  %0 = getelementptr inbounds nuw { ptr, i64, i64 }, ptr %rangestring, i32 0, i32 2
  %1 = getelementptr inbounds nuw { ptr, i64, i64 }, ptr %rangestring, i32 0, i32 0
  %2 = load ptr, ptr %1, align 8
  %3 = getelementptr inbounds nuw { ptr, i64, i64 }, ptr %rangestring, i32 0, i32 1
  %4 = load i64, ptr %3, align 8
  %5 = load i64, ptr %0, align 8
  %6 = icmp slt i64 %5, %4
  br i1 %6, label %rangestring.decode, label %rangestring.next

rangestring.decode:                               ; preds = %"1.rangeiter.loop"
  %7 = call i32 @llgo_decoderune(ptr %2, i64 %4, i64 %5, ptr %next)
  %8 = load i64, ptr %next, align 8
  store i64 %8, ptr %0, align 8
  br label %rangestring.next

rangestring.next:                                 ; preds = %rangestring.decode, %"1.rangeiter.loop"
  %9 = phi i32 [ 0, %"1.rangeiter.loop" ], [ %7, %rangestring.decode ]
  %10 = insertvalue { i1, i64, i32 } undef, i1 %6, 0
  %11 = insertvalue { i1, i64, i32 } %10, i64 %5, 1
  %12 = insertvalue { i1, i64, i32 } %11, i32 %9, 2
  %13 = extractvalue { i1, i64, i32 } %12, 0
  br i1 %13, label %"2.rangeiter.body", label %"3.rangeiter.done"

"3.rangeiter.done":                               ; preds = %rangestring.next
  call void @llgo_printlock()
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"2.rangeiter.body":                               ; preds = %rangestring.next
  %14 = extractvalue { i1, i64, i32 } %12, 1
  %15 = extractvalue { i1, i64, i32 } %12, 2
  call void @llgo_printlock()
  call void @llgo_printint(i64 %14)
  call void @llgo_printstring(ptr @.str.1, i64 1)
  %16 = sext i32 %15 to i64
  call void @llgo_printint(i64 %16)
  call void @llgo_printstring(ptr @.str.2, i64 1)
  call void @llgo_printunlock()
  br label %"1.rangeiter.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

declare i32 @llgo_decoderune(ptr, i64, i64, ptr)

declare void @llgo_printlock()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printint(i64)

declare void @llgo_printstring(ptr, i64)

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
