; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [3 x i8] c"odd", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"even", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"zero", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"negative", align 1
@"name:0:*[4]int" = linkonce_odr constant [9 x i8] c"\00\07*[4]int", align 1
@llgo.types = external global i8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[4]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 0, i32 110489054, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[4]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[4]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 4 }, section "llgo_types", align 8
@.str.4 = private unnamed_addr constant [4 x i8] c"high", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"two", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"low", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"not one", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"one", align 1

define { ptr, i64 } @main.classify(i64 %n, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp slt i64 %n, 0
  br i1 %0, label %"1.switch.body", label %"5.switch.next"

"5.switch.next":                                  ; preds = %"0.entry"
  %1 = icmp eq i64 %n, 0
  br i1 %1, label %"2.switch.body", label %"6.switch.next"

"6.switch.next":                                  ; preds = %"5.switch.next"
  %2 = srem i64 %n, 2
  %3 = icmp eq i64 %2, 0
  br i1 %3, label %"3.switch.body", label %"7.switch.next"

"7.switch.next":                                  ; preds = %"6.switch.next"
  br label %"4.switch.default"

"4.switch.default":                               ; preds = %"7.switch.next"
  ret { ptr, i64 } { ptr @.str, i64 3 }

"3.switch.body":                                  ; preds = %"6.switch.next"
  ret { ptr, i64 } { ptr @.str.1, i64 4 }

"2.switch.body":                                  ; preds = %"5.switch.next"
  ret { ptr, i64 } { ptr @.str.2, i64 4 }

"1.switch.body":                                  ; preds = %"0.entry"
  ret { ptr, i64 } { ptr @.str.3, i64 8 }
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %0 = phi i64 [ 0, %"0.entry" ], [ %7, %"4.for.post" ]
  %1 = phi i64 [ 0, %"0.entry" ], [ %6, %"4.for.post" ]
  br label %"1.for.body"

"1.for.body":                                     ; preds = %"3.for.loop"
  %2 = icmp sge i64 %0, 20
  br i1 %2, label %"5.if.then", label %"6.if.done"

"6.if.done":                                      ; preds = %"1.for.body"
  %3 = srem i64 %0, 3
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %"7.if.then", label %"8.if.done"

"8.if.done":                                      ; preds = %"6.if.done"
  %5 = add i64 %1, %0
  br label %"4.for.post"

"7.if.then":                                      ; preds = %"6.if.done"
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"7.if.then", %"8.if.done"
  %6 = phi i64 [ %1, %"7.if.then" ], [ %5, %"8.if.done" ]
  %7 = add i64 %0, 1
  br label %"3.for.loop"

"5.if.then":                                      ; preds = %"1.for.body"
  br label %"2.for.done"

"2.for.done":                                     ; preds = %"5.if.then"
  call void @llgo_printlock()
  call void @llgo_printint(i64 %1)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %8 = call ptr @llgo_newobject(ptr @"type:[4]int")
  %9 = getelementptr [4 x i64], ptr %8, i64 0, i64 0
  store i64 -2, ptr %9, align 8
  %10 = getelementptr [4 x i64], ptr %8, i64 0, i64 1
  store i64 0, ptr %10, align 8
  %11 = getelementptr [4 x i64], ptr %8, i64 0, i64 2
  store i64 3, ptr %11, align 8
  %12 = getelementptr [4 x i64], ptr %8, i64 0, i64 3
  store i64 4, ptr %12, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"2.for.done"
  call void @llgo_panicslicelen(i64 0, i64 4, i64 4)
  unreachable

slice.next:                                       ; preds = %"2.for.done"
  %13 = getelementptr i64, ptr %8, i64 0
  %14 = insertvalue { ptr, i64, i64 } undef, ptr %13, 0
  %15 = insertvalue { ptr, i64, i64 } %14, i64 4, 1
  %16 = insertvalue { ptr, i64, i64 } %15, i64 4, 2
  %17 = extractvalue { ptr, i64, i64 } %16, 1
  br label %"9.rangeindex.loop"

"9.rangeindex.loop":                              ; preds = %bounds.next, %slice.next
  %18 = phi i64 [ -1, %slice.next ], [ %19, %bounds.next ]
  %19 = add i64 %18, 1
  %20 = icmp slt i64 %19, %17
  br i1 %20, label %"10.rangeindex.body", label %"11.rangeindex.done"

"11.rangeindex.done":                             ; preds = %"9.rangeindex.loop"
  %21 = srem i64 %1, 5
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %"13.switch.body", label %"16.switch.next"

"16.switch.next":                                 ; preds = %"11.rangeindex.done"
  %23 = icmp eq i64 %21, 1
  br i1 %23, label %"13.switch.body", label %"17.switch.next"

"17.switch.next":                                 ; preds = %"16.switch.next"
  %24 = icmp eq i64 %21, 2
  br i1 %24, label %"14.switch.body", label %"18.switch.next"

"18.switch.next":                                 ; preds = %"17.switch.next"
  br label %"15.switch.default"

"15.switch.default":                              ; preds = %"18.switch.next"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %21)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"12.switch.done"

"14.switch.body":                                 ; preds = %"17.switch.next"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.5, i64 3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"12.switch.done"

"13.switch.body":                                 ; preds = %"16.switch.next", %"11.rangeindex.done"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.6, i64 3)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %21)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"12.switch.done"

"12.switch.done":                                 ; preds = %"13.switch.body", %"14.switch.body", %"15.switch.default"
  br label %"21.for.loop"

"21.for.loop":                                    ; preds = %"23.if.done", %"12.switch.done"
  %25 = phi i64 [ 0, %"12.switch.done" ], [ %28, %"23.if.done" ]
  %26 = icmp slt i64 %25, 3
  br i1 %26, label %"19.for.body", label %"20.for.done"

"20.for.done":                                    ; preds = %"21.for.loop"
  ret void

"19.for.body":                                    ; preds = %"21.for.loop"
  %27 = icmp eq i64 %25, 1
  br i1 %27, label %"22.if.then", label %"24.if.else"

"24.if.else":                                     ; preds = %"19.for.body"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.7, i64 7)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"23.if.done"

"22.if.then":                                     ; preds = %"19.for.body"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"23.if.done"

"23.if.done":                                     ; preds = %"22.if.then", %"24.if.else"
  %28 = add i64 %25, 1
  br label %"21.for.loop"

"10.rangeindex.body":                             ; preds = %"9.rangeindex.loop"
  %29 = extractvalue { ptr, i64, i64 } %16, 1
  %30 = icmp uge i64 %19, %29
  br i1 %30, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"10.rangeindex.body"
  call void @llgo_panicindex(i64 %19, i64 %29)
  unreachable

bounds.next:                                      ; preds = %"10.rangeindex.body"
  %31 = extractvalue { ptr, i64, i64 } %16, 0
  %32 = getelementptr i64, ptr %31, i64 %19
  %33 = load i64, ptr %32, align 8
  %34 = call { ptr, i64 } @main.classify(i64 %33, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %33)
  call void @llgo_printsp()
  %35 = extractvalue { ptr, i64 } %34, 0
  %36 = extractvalue { ptr, i64 } %34, 1
  call void @llgo_printstring(ptr %35, i64 %36)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"9.rangeindex.loop"
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

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
