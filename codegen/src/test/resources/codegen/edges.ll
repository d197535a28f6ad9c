; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @main.main(ptr %context) {
entry:
  %a = alloca [3 x i64], align 8
  %b = alloca [3 x i64], align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printint(i64 0)
  call void @llgo_printsp()
  call void @llgo_printint(i64 0)
  call void @llgo_printsp()
  call void @llgo_printint(i64 -1)
  call void @llgo_printsp()
  call void @llgo_printuint(i64 0)
  call void @llgo_printsp()
  call void @llgo_printuint(i64 100)
  call void @llgo_printsp()
  call void @llgo_printint(i64 12)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printfloat(double 0x7FF0000000000000)
  call void @llgo_printsp()
  call void @llgo_printfloat(double 0xFFF0000000000000)
  call void @llgo_printsp()
  call void @llgo_printfloat(double 1.000000e+00)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store [3 x i64] zeroinitializer, ptr %a, align 8
  %0 = getelementptr [3 x i64], ptr %a, i64 0, i64 1
  store i64 7, ptr %0, align 8
  %1 = load [3 x i64], ptr %a, align 8
  store [3 x i64] zeroinitializer, ptr %b, align 8
  store [3 x i64] %1, ptr %b, align 8
  %2 = getelementptr [3 x i64], ptr %b, i64 0, i64 2
  store i64 9, ptr %2, align 8
  %3 = getelementptr [3 x i64], ptr %a, i64 0, i64 1
  %4 = load i64, ptr %3, align 8
  %5 = getelementptr [3 x i64], ptr %a, i64 0, i64 2
  %6 = load i64, ptr %5, align 8
  %7 = getelementptr [3 x i64], ptr %b, i64 0, i64 2
  %8 = load i64, ptr %7, align 8
  %9 = load [3 x i64], ptr %a, align 8
  %10 = load [3 x i64], ptr %b, align 8
  %11 = extractvalue [3 x i64] %9, 0
  %12 = extractvalue [3 x i64] %10, 0
  %13 = icmp eq i64 %11, %12
  %14 = and i1 true, %13
  %15 = extractvalue [3 x i64] %9, 1
  %16 = extractvalue [3 x i64] %10, 1
  %17 = icmp eq i64 %15, %16
  %18 = and i1 %14, %17
  %19 = extractvalue [3 x i64] %9, 2
  %20 = extractvalue [3 x i64] %10, 2
  %21 = icmp eq i64 %19, %20
  %22 = and i1 %18, %21
  call void @llgo_printlock()
  call void @llgo_printint(i64 %4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %6)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %8)
  call void @llgo_printsp()
  call void @llgo_printint(i64 3)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %22)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br i1 true, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 5, i64 3)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %23 = getelementptr [3 x i64], ptr %a, i64 0, i64 5
  %24 = load i64, ptr %23, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %24)
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

declare void @llgo_printsp()

declare void @llgo_printuint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printfloat(double)

declare void @llgo_printbool(i1)

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
