; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"b", align 1
@"name:0:*[4]int" = linkonce_odr constant [9 x i8] c"\00\07*[4]int", align 1
@llgo.types = external global i8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[4]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 0, i32 110489054, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[4]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[4]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 4 }, section "llgo_types", align 8

define { i64, i64 } @main.divmod(i64 %a, i64 %b, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq i64 %b, 0
  br i1 %0, label %divzero.fail, label %divzero.next

divzero.fail:                                     ; preds = %"0.entry"
  call void @llgo_panicdivide()
  unreachable

divzero.next:                                     ; preds = %"0.entry"
  %1 = icmp eq i64 %b, -1
  %2 = select i1 %1, i64 1, i64 %b
  %3 = sdiv i64 %a, %2
  %4 = sub i64 0, %a
  %5 = select i1 %1, i64 %4, i64 %3
  %6 = icmp eq i64 %b, 0
  br i1 %6, label %divzero.fail1, label %divzero.next2

divzero.fail1:                                    ; preds = %divzero.next
  call void @llgo_panicdivide()
  unreachable

divzero.next2:                                    ; preds = %divzero.next
  %7 = icmp eq i64 %b, -1
  %8 = select i1 %7, i64 1, i64 %b
  %9 = srem i64 %a, %8
  %10 = select i1 %7, i64 0, i64 %9
  %11 = insertvalue { i64, i64 } undef, i64 %5, 0
  %12 = insertvalue { i64, i64 } %11, i64 %10, 1
  ret { i64, i64 } %12
}

define { { ptr, i64 }, { ptr, i64 } } @main.swap({ ptr, i64 } %a, { ptr, i64 } %b, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = insertvalue { { ptr, i64 }, { ptr, i64 } } undef, { ptr, i64 } %b, 0
  %1 = insertvalue { { ptr, i64 }, { ptr, i64 } } %0, { ptr, i64 } %a, 1
  ret { { ptr, i64 }, { ptr, i64 } } %1
}

define { i64, i64 } @main.minmax({ ptr, i64, i64 } %xs, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, i64, i64 } %xs, 1
  %1 = icmp uge i64 0, %0
  br i1 %1, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 0, i64 %0)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %2 = extractvalue { ptr, i64, i64 } %xs, 0
  %3 = getelementptr i64, ptr %2, i64 0
  %4 = load i64, ptr %3, align 8
  %5 = extractvalue { ptr, i64, i64 } %xs, 1
  %6 = icmp uge i64 0, %5
  br i1 %6, label %bounds.fail1, label %bounds.next2

bounds.fail1:                                     ; preds = %bounds.next
  call void @llgo_panicindex(i64 0, i64 %5)
  unreachable

bounds.next2:                                     ; preds = %bounds.next
  %7 = extractvalue { ptr, i64, i64 } %xs, 0
  %8 = getelementptr i64, ptr %7, i64 0
  %9 = load i64, ptr %8, align 8
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %bounds.next2
  %10 = phi i64 [ 1, %bounds.next2 ], [ %41, %"4.for.post" ]
  %11 = phi i64 [ %4, %bounds.next2 ], [ %28, %"4.for.post" ]
  %12 = phi i64 [ %9, %bounds.next2 ], [ %40, %"4.for.post" ]
  %13 = extractvalue { ptr, i64, i64 } %xs, 1
  %14 = icmp slt i64 %10, %13
  br i1 %14, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  %15 = insertvalue { i64, i64 } undef, i64 %11, 0
  %16 = insertvalue { i64, i64 } %15, i64 %12, 1
  ret { i64, i64 } %16

"1.for.body":                                     ; preds = %"3.for.loop"
  %17 = extractvalue { ptr, i64, i64 } %xs, 1
  %18 = icmp uge i64 %10, %17
  br i1 %18, label %bounds.fail3, label %bounds.next4

bounds.fail3:                                     ; preds = %"1.for.body"
  call void @llgo_panicindex(i64 %10, i64 %17)
  unreachable

bounds.next4:                                     ; preds = %"1.for.body"
  %19 = extractvalue { ptr, i64, i64 } %xs, 0
  %20 = getelementptr i64, ptr %19, i64 %10
  %21 = load i64, ptr %20, align 8
  %22 = icmp slt i64 %21, %11
  br i1 %22, label %"5.if.then", label %"6.if.done"

"5.if.then":                                      ; preds = %bounds.next4
  %23 = extractvalue { ptr, i64, i64 } %xs, 1
  %24 = icmp uge i64 %10, %23
  br i1 %24, label %bounds.fail5, label %bounds.next6

bounds.fail5:                                     ; preds = %"5.if.then"
  call void @llgo_panicindex(i64 %10, i64 %23)
  unreachable

bounds.next6:                                     ; preds = %"5.if.then"
  %25 = extractvalue { ptr, i64, i64 } %xs, 0
  %26 = getelementptr i64, ptr %25, i64 %10
  %27 = load i64, ptr %26, align 8
  br label %"6.if.done"

"6.if.done":                                      ; preds = %bounds.next6, %bounds.next4
  %28 = phi i64 [ %11, %bounds.next4 ], [ %27, %bounds.next6 ]
  %29 = extractvalue { ptr, i64, i64 } %xs, 1
  %30 = icmp uge i64 %10, %29
  br i1 %30, label %bounds.fail7, label %bounds.next8

bounds.fail7:                                     ; preds = %"6.if.done"
  call void @llgo_panicindex(i64 %10, i64 %29)
  unreachable

bounds.next8:                                     ; preds = %"6.if.done"
  %31 = extractvalue { ptr, i64, i64 } %xs, 0
  %32 = getelementptr i64, ptr %31, i64 %10
  %33 = load i64, ptr %32, align 8
  %34 = icmp sgt i64 %33, %12
  br i1 %34, label %"7.if.then", label %"8.if.done"

"7.if.then":                                      ; preds = %bounds.next8
  %35 = extractvalue { ptr, i64, i64 } %xs, 1
  %36 = icmp uge i64 %10, %35
  br i1 %36, label %bounds.fail9, label %bounds.next10

bounds.fail9:                                     ; preds = %"7.if.then"
  call void @llgo_panicindex(i64 %10, i64 %35)
  unreachable

bounds.next10:                                    ; preds = %"7.if.then"
  %37 = extractvalue { ptr, i64, i64 } %xs, 0
  %38 = getelementptr i64, ptr %37, i64 %10
  %39 = load i64, ptr %38, align 8
  br label %"8.if.done"

"8.if.done":                                      ; preds = %bounds.next10, %bounds.next8
  %40 = phi i64 [ %12, %bounds.next8 ], [ %39, %bounds.next10 ]
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"8.if.done"
  %41 = add i64 %10, 1
  br label %"3.for.loop"
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { i64, i64 } @main.divmod(i64 17, i64 5, ptr null)
  %1 = extractvalue { i64, i64 } %0, 0
  %2 = extractvalue { i64, i64 } %0, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %1)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %3 = call { { ptr, i64 }, { ptr, i64 } } @main.swap({ ptr, i64 } { ptr @.str, i64 1 }, { ptr, i64 } { ptr @.str.1, i64 1 }, ptr null)
  %4 = extractvalue { { ptr, i64 }, { ptr, i64 } } %3, 0
  %5 = extractvalue { { ptr, i64 }, { ptr, i64 } } %3, 1
  call void @llgo_printlock()
  %6 = extractvalue { ptr, i64 } %4, 0
  %7 = extractvalue { ptr, i64 } %4, 1
  call void @llgo_printstring(ptr %6, i64 %7)
  call void @llgo_printsp()
  %8 = extractvalue { ptr, i64 } %5, 0
  %9 = extractvalue { ptr, i64 } %5, 1
  call void @llgo_printstring(ptr %8, i64 %9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %10 = call ptr @llgo_newobject(ptr @"type:[4]int")
  %11 = getelementptr [4 x i64], ptr %10, i64 0, i64 0
  store i64 3, ptr %11, align 8
  %12 = getelementptr [4 x i64], ptr %10, i64 0, i64 1
  store i64 -1, ptr %12, align 8
  %13 = getelementptr [4 x i64], ptr %10, i64 0, i64 2
  store i64 8, ptr %13, align 8
  %14 = getelementptr [4 x i64], ptr %10, i64 0, i64 3
  store i64 2, ptr %14, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 4, i64 4)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %15 = getelementptr i64, ptr %10, i64 0
  %16 = insertvalue { ptr, i64, i64 } undef, ptr %15, 0
  %17 = insertvalue { ptr, i64, i64 } %16, i64 4, 1
  %18 = insertvalue { ptr, i64, i64 } %17, i64 4, 2
  %19 = call { i64, i64 } @main.minmax({ ptr, i64, i64 } %18, ptr null)
  %20 = extractvalue { i64, i64 } %19, 0
  %21 = extractvalue { i64, i64 } %19, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %20)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %21)
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

; Function Attrs: noreturn
declare void @llgo_panicdivide() #0

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printstring(ptr, i64)

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:[4]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [4 x i64], ptr %0, align 8
  %4 = load [4 x i64], ptr %1, align 8
  %5 = extractvalue [4 x i64] %3, 0
  %6 = extractvalue [4 x i64] %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue [4 x i64] %3, 1
  %10 = extractvalue [4 x i64] %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  %13 = extractvalue [4 x i64] %3, 2
  %14 = extractvalue [4 x i64] %4, 2
  %15 = icmp eq i64 %13, %14
  %16 = and i1 %12, %15
  %17 = extractvalue [4 x i64] %3, 3
  %18 = extractvalue [4 x i64] %4, 3
  %19 = icmp eq i64 %17, %18
  %20 = and i1 %16, %19
  ret i1 %20
}

define linkonce_odr i1 @"eq:*int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
  ret i1 %5
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
