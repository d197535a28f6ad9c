; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c",", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"x", align 1

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %0 = phi i64 [ 0, %"0.entry" ], [ %40, %"4.for.post" ]
  %1 = phi { ptr, i64 } [ zeroinitializer, %"0.entry" ], [ %39, %"4.for.post" ]
  %2 = icmp slt i64 %0, 5
  br i1 %2, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  %3 = extractvalue { ptr, i64 } %1, 1
  call void @llgo_printlock()
  %4 = extractvalue { ptr, i64 } %1, 0
  %5 = extractvalue { ptr, i64 } %1, 1
  call void @llgo_printstring(ptr %4, i64 %5)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"9.for.loop"

"9.for.loop":                                     ; preds = %"7.for.body", %"2.for.done"
  %6 = phi { ptr, i64 } [ { ptr @.str.2, i64 1 }, %"2.for.done" ], [ %25, %"7.for.body" ]
  %7 = extractvalue { ptr, i64 } %6, 1
  %8 = icmp slt i64 %7, 20
  br i1 %8, label %"7.for.body", label %"8.for.done"

"8.for.done":                                     ; preds = %"9.for.loop"
  %9 = extractvalue { ptr, i64 } %6, 1
  %10 = extractvalue { ptr, i64 } %6, 0
  %11 = extractvalue { ptr, i64 } %6, 1
  %12 = call i1 @llgo_eqstring(ptr %10, i64 %11, ptr @.str, i64 32)
  %13 = extractvalue { ptr, i64 } %1, 0
  %14 = extractvalue { ptr, i64 } %1, 1
  %15 = extractvalue { ptr, i64 } %6, 0
  %16 = extractvalue { ptr, i64 } %6, 1
  %17 = call i64 @llgo_cmpstring(ptr %13, i64 %14, ptr %15, i64 %16)
  %18 = icmp slt i64 %17, 0
  call void @llgo_printlock()
  %19 = extractvalue { ptr, i64 } %6, 0
  %20 = extractvalue { ptr, i64 } %6, 1
  call void @llgo_printstring(ptr %19, i64 %20)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %9)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %12)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %18)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"7.for.body":                                     ; preds = %"9.for.loop"
  %21 = extractvalue { ptr, i64 } %6, 0
  %22 = extractvalue { ptr, i64 } %6, 1
  %23 = extractvalue { ptr, i64 } %6, 0
  %24 = extractvalue { ptr, i64 } %6, 1
  %25 = call { ptr, i64 } @llgo_concatstring2(ptr %21, i64 %22, ptr %23, i64 %24)
  br label %"9.for.loop"

"1.for.body":                                     ; preds = %"3.for.loop"
  %26 = icmp sgt i64 %0, 0
  br i1 %26, label %"5.if.then", label %"6.if.done"

"5.if.then":                                      ; preds = %"1.for.body"
  %27 = extractvalue { ptr, i64 } %1, 0
  %28 = extractvalue { ptr, i64 } %1, 1
  %29 = call { ptr, i64 } @llgo_concatstring2(ptr %27, i64 %28, ptr @.str.1, i64 1)
  br label %"6.if.done"

"6.if.done":                                      ; preds = %"5.if.then", %"1.for.body"
  %30 = phi { ptr, i64 } [ %1, %"1.for.body" ], [ %29, %"5.if.then" ]
  %31 = add i64 97, %0
  %32 = trunc i64 %31 to i32
  %33 = sext i32 %32 to i64
  %34 = call { ptr, i64 } @llgo_intstring(i64 %33)
  %35 = extractvalue { ptr, i64 } %30, 0
  %36 = extractvalue { ptr, i64 } %30, 1
  %37 = extractvalue { ptr, i64 } %34, 0
  %38 = extractvalue { ptr, i64 } %34, 1
  %39 = call { ptr, i64 } @llgo_concatstring2(ptr %35, i64 %36, ptr %37, i64 %38)
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"6.if.done"
  %40 = add i64 %0, 1
  br label %"3.for.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

declare i64 @llgo_cmpstring(ptr, i64, ptr, i64)

declare void @llgo_printbool(i1)

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

declare { ptr, i64 } @llgo_intstring(i64)

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
