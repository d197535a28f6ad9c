; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"name:0:*[5]int" = linkonce_odr constant [9 x i8] c"\00\07*[5]int", align 1
@llgo.types = external global i8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[5]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 40, i64 0, i32 123227617, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[5]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[5]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 5 }, section "llgo_types", align 8
@"name:0:*[2]int" = linkonce_odr constant [9 x i8] c"\00\07*[2]int", align 1
@"type:[2]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -937723424, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 2 }, section "llgo_types", align 8
@"name:0:*[1]int" = linkonce_odr constant [9 x i8] c"\00\07*[1]int", align 1
@"type:[1]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1725417395, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 1 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c" ", align 1

define void @main.sort({ ptr, i64, i64 } %a, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %0 = phi i64 [ 0, %"0.entry" ], [ %8, %"4.for.post" ]
  %1 = extractvalue { ptr, i64, i64 } %a, 1
  %2 = icmp slt i64 %0, %1
  br i1 %2, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  ret void

"1.for.body":                                     ; preds = %"3.for.loop"
  br label %"7.for.loop"

"7.for.loop":                                     ; preds = %"8.for.post", %"1.for.body"
  %3 = phi i64 [ 0, %"1.for.body" ], [ %41, %"8.for.post" ]
  %4 = extractvalue { ptr, i64, i64 } %a, 1
  %5 = sub i64 %4, 1
  %6 = sub i64 %5, %0
  %7 = icmp slt i64 %3, %6
  br i1 %7, label %"5.for.body", label %"6.for.done"

"6.for.done":                                     ; preds = %"7.for.loop"
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"6.for.done"
  %8 = add i64 %0, 1
  br label %"3.for.loop"

"5.for.body":                                     ; preds = %"7.for.loop"
  %9 = extractvalue { ptr, i64, i64 } %a, 1
  %10 = icmp uge i64 %3, %9
  br i1 %10, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"5.for.body"
  call void @llgo_panicindex(i64 %3, i64 %9)
  unreachable

bounds.next:                                      ; preds = %"5.for.body"
  %11 = extractvalue { ptr, i64, i64 } %a, 0
  %12 = getelementptr i64, ptr %11, i64 %3
  %13 = load i64, ptr %12, align 8
  %14 = add i64 %3, 1
  %15 = extractvalue { ptr, i64, i64 } %a, 1
  %16 = icmp uge i64 %14, %15
  br i1 %16, label %bounds.fail1, label %bounds.next2

bounds.fail1:                                     ; preds = %bounds.next
  call void @llgo_panicindex(i64 %14, i64 %15)
  unreachable

bounds.next2:                                     ; preds = %bounds.next
  %17 = extractvalue { ptr, i64, i64 } %a, 0
  %18 = getelementptr i64, ptr %17, i64 %14
  %19 = load i64, ptr %18, align 8
  %20 = icmp sgt i64 %13, %19
  br i1 %20, label %"9.if.then", label %"10.if.done"

"9.if.then":                                      ; preds = %bounds.next2
  %21 = add i64 %3, 1
  %22 = add i64 %3, 1
  %23 = extractvalue { ptr, i64, i64 } %a, 1
  %24 = icmp uge i64 %22, %23
  br i1 %24, label %bounds.fail3, label %bounds.next4

bounds.fail3:                                     ; preds = %"9.if.then"
  call void @llgo_panicindex(i64 %22, i64 %23)
  unreachable

bounds.next4:                                     ; preds = %"9.if.then"
  %25 = extractvalue { ptr, i64, i64 } %a, 0
  %26 = getelementptr i64, ptr %25, i64 %22
  %27 = load i64, ptr %26, align 8
  %28 = extractvalue { ptr, i64, i64 } %a, 1
  %29 = icmp uge i64 %3, %28
  br i1 %29, label %bounds.fail5, label %bounds.next6

bounds.fail5:                                     ; preds = %bounds.next4
  call void @llgo_panicindex(i64 %3, i64 %28)
  unreachable

bounds.next6:                                     ; preds = %bounds.next4
  %30 = extractvalue { ptr, i64, i64 } %a, 0
  %31 = getelementptr i64, ptr %30, i64 %3
  %32 = load i64, ptr %31, align 8
  %33 = extractvalue { ptr, i64, i64 } %a, 1
  %34 = icmp uge i64 %3, %33
  br i1 %34, label %bounds.fail7, label %bounds.next8

bounds.fail7:                                     ; preds = %bounds.next6
  call void @llgo_panicindex(i64 %3, i64 %33)
  unreachable

bounds.next8:                                     ; preds = %bounds.next6
  %35 = extractvalue { ptr, i64, i64 } %a, 0
  %36 = getelementptr i64, ptr %35, i64 %3
  store i64 %27, ptr %36, align 8
  %37 = extractvalue { ptr, i64, i64 } %a, 1
  %38 = icmp uge i64 %21, %37
  br i1 %38, label %bounds.fail9, label %bounds.next10

bounds.fail9:                                     ; preds = %bounds.next8
  call void @llgo_panicindex(i64 %21, i64 %37)
  unreachable

bounds.next10:                                    ; preds = %bounds.next8
  %39 = extractvalue { ptr, i64, i64 } %a, 0
  %40 = getelementptr i64, ptr %39, i64 %21
  store i64 %32, ptr %40, align 8
  br label %"10.if.done"

"10.if.done":                                     ; preds = %bounds.next10, %bounds.next2
  br label %"8.for.post"

"8.for.post":                                     ; preds = %"10.if.done"
  %41 = add i64 %3, 1
  br label %"7.for.loop"
}

define void @main.main(ptr %context) {
entry:
  %append = alloca { ptr, i64, i64 }, align 8
  %append7 = alloca { ptr, i64, i64 }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:[5]int")
  %1 = getelementptr [5 x i64], ptr %0, i64 0, i64 0
  store i64 5, ptr %1, align 8
  %2 = getelementptr [5 x i64], ptr %0, i64 0, i64 1
  store i64 2, ptr %2, align 8
  %3 = getelementptr [5 x i64], ptr %0, i64 0, i64 2
  store i64 9, ptr %3, align 8
  %4 = getelementptr [5 x i64], ptr %0, i64 0, i64 3
  store i64 1, ptr %4, align 8
  %5 = getelementptr [5 x i64], ptr %0, i64 0, i64 4
  store i64 7, ptr %5, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 5, i64 5)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %6 = getelementptr i64, ptr %0, i64 0
  %7 = insertvalue { ptr, i64, i64 } undef, ptr %6, 0
  %8 = insertvalue { ptr, i64, i64 } %7, i64 5, 1
  %9 = insertvalue { ptr, i64, i64 } %8, i64 5, 2
  %10 = call ptr @llgo_newobject(ptr @"type:[2]int")
  %11 = getelementptr [2 x i64], ptr %10, i64 0, i64 0
  store i64 3, ptr %11, align 8
  %12 = getelementptr [2 x i64], ptr %10, i64 0, i64 1
  store i64 8, ptr %12, align 8
  br i1 false, label %slice.fail1, label %slice.next2

slice.fail1:                                      ; preds = %slice.next
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next2:                                      ; preds = %slice.next
  %13 = getelementptr i64, ptr %10, i64 0
  %14 = insertvalue { ptr, i64, i64 } undef, ptr %13, 0
  %15 = insertvalue { ptr, i64, i64 } %14, i64 2, 1
  %16 = insertvalue { ptr, i64, i64 } %15, i64 2, 2
  %17 = extractvalue { ptr, i64, i64 } %16, 1
  %18 = extractvalue { ptr, i64, i64 } %9, 0
  %19 = extractvalue { ptr, i64, i64 } %9, 1
  %20 = extractvalue { ptr, i64, i64 } %9, 2
  %21 = add i64 %19, %17
  %22 = icmp ugt i64 %21, %20
  br i1 %22, label %append.grow, label %append.done

append.grow:                                      ; preds = %slice.next2
  call void @llgo_growslice(ptr %append, ptr %18, i64 %19, i64 %20, i64 %21, ptr @"type:int")
  %23 = load { ptr, i64, i64 }, ptr %append, align 8
  %24 = extractvalue { ptr, i64, i64 } %23, 0
  %25 = extractvalue { ptr, i64, i64 } %23, 2
  br label %append.done

append.done:                                      ; preds = %append.grow, %slice.next2
  %26 = phi ptr [ %18, %slice.next2 ], [ %24, %append.grow ]
  %27 = phi i64 [ %20, %slice.next2 ], [ %25, %append.grow ]
  %28 = getelementptr i64, ptr %26, i64 %19
  %29 = extractvalue { ptr, i64, i64 } %16, 0
  %30 = call i64 @llgo_slicecopy(ptr %28, i64 %17, ptr %29, i64 %17, i64 8)
  %31 = insertvalue { ptr, i64, i64 } undef, ptr %26, 0
  %32 = insertvalue { ptr, i64, i64 } %31, i64 %21, 1
  %33 = insertvalue { ptr, i64, i64 } %32, i64 %27, 2
  %34 = call ptr @llgo_newobject(ptr @"type:[1]int")
  %35 = getelementptr [1 x i64], ptr %34, i64 0, i64 0
  store i64 -4, ptr %35, align 8
  br i1 false, label %slice.fail3, label %slice.next4

slice.fail3:                                      ; preds = %append.done
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next4:                                      ; preds = %append.done
  %36 = getelementptr i64, ptr %34, i64 0
  %37 = insertvalue { ptr, i64, i64 } undef, ptr %36, 0
  %38 = insertvalue { ptr, i64, i64 } %37, i64 1, 1
  %39 = insertvalue { ptr, i64, i64 } %38, i64 1, 2
  %40 = extractvalue { ptr, i64, i64 } %39, 1
  %41 = extractvalue { ptr, i64, i64 } %33, 0
  %42 = extractvalue { ptr, i64, i64 } %33, 1
  %43 = extractvalue { ptr, i64, i64 } %33, 2
  %44 = add i64 %42, %40
  %45 = icmp ugt i64 %44, %43
  br i1 %45, label %append.grow5, label %append.done6

append.grow5:                                     ; preds = %slice.next4
  call void @llgo_growslice(ptr %append7, ptr %41, i64 %42, i64 %43, i64 %44, ptr @"type:int")
  %46 = load { ptr, i64, i64 }, ptr %append7, align 8
  %47 = extractvalue { ptr, i64, i64 } %46, 0
  %48 = extractvalue { ptr, i64, i64 } %46, 2
  br label %append.done6

append.done6:                                     ; preds = %append.grow5, %slice.next4
  %49 = phi ptr [ %41, %slice.next4 ], [ %47, %append.grow5 ]
  %50 = phi i64 [ %43, %slice.next4 ], [ %48, %append.grow5 ]
  %51 = getelementptr i64, ptr %49, i64 %42
  %52 = extractvalue { ptr, i64, i64 } %39, 0
  %53 = call i64 @llgo_slicecopy(ptr %51, i64 %40, ptr %52, i64 %40, i64 8)
  %54 = insertvalue { ptr, i64, i64 } undef, ptr %49, 0
  %55 = insertvalue { ptr, i64, i64 } %54, i64 %44, 1
  %56 = insertvalue { ptr, i64, i64 } %55, i64 %50, 2
  call void @main.sort({ ptr, i64, i64 } %56, ptr null)
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %append.done6
  %57 = phi i64 [ 0, %append.done6 ], [ %67, %"4.for.post" ]
  %58 = extractvalue { ptr, i64, i64 } %56, 1
  %59 = icmp slt i64 %57, %58
  br i1 %59, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  call void @llgo_printlock()
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %60 = extractvalue { ptr, i64, i64 } %56, 1
  %61 = extractvalue { ptr, i64, i64 } %56, 2
  call void @llgo_printlock()
  call void @llgo_printint(i64 %60)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %61)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"1.for.body":                                     ; preds = %"3.for.loop"
  %62 = extractvalue { ptr, i64, i64 } %56, 1
  %63 = icmp uge i64 %57, %62
  br i1 %63, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"1.for.body"
  call void @llgo_panicindex(i64 %57, i64 %62)
  unreachable

bounds.next:                                      ; preds = %"1.for.body"
  %64 = extractvalue { ptr, i64, i64 } %56, 0
  %65 = getelementptr i64, ptr %64, i64 %57
  %66 = load i64, ptr %65, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %66)
  call void @llgo_printstring(ptr @.str, i64 1)
  call void @llgo_printunlock()
  br label %"4.for.post"

"4.for.post":                                     ; preds = %bounds.next
  %67 = add i64 %57, 1
  br label %"3.for.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:[5]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = call i32 @memcmp(ptr %0, ptr %1, i64 40)
  %4 = icmp eq i32 %3, 0
  ret i1 %4
}

declare i32 @memcmp(ptr, ptr, i64)

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

define linkonce_odr i1 @"eq:[2]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x i64], ptr %0, align 8
  %4 = load [2 x i64], ptr %1, align 8
  %5 = extractvalue [2 x i64] %3, 0
  %6 = extractvalue [2 x i64] %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue [2 x i64] %3, 1
  %10 = extractvalue [2 x i64] %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

declare void @llgo_growslice(ptr, ptr, i64, i64, i64, ptr)

declare i64 @llgo_slicecopy(ptr, i64, ptr, i64, i64)

define linkonce_odr i1 @"eq:[1]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [1 x i64], ptr %0, align 8
  %4 = load [1 x i64], ptr %1, align 8
  %5 = extractvalue [1 x i64] %3, 0
  %6 = extractvalue [1 x i64] %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

declare void @llgo_printlock()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
