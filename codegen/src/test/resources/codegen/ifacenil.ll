; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [6 x i8] c"before", align 1
@"name:1:*main.I" = linkonce_odr constant [9 x i8] c"\01\07*main.I", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*main.I" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1660308007, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.I", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.I" }, section "llgo_types", align 8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:M" = linkonce_odr constant [3 x i8] c"\01\01M", align 1
@"name:0:*func()" = linkonce_odr constant [9 x i8] c"\00\07*func()", align 1
@"type:func()" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [0 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1386840404, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 0, i32 0, [0 x ptr] zeroinitializer }, section "llgo_types", align 8
@"type:main.I" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -2129747887, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.I", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.I", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 6)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %0 = call ptr @llgo_getitab(ptr @"type:main.I", ptr null, i1 false)
  %1 = insertvalue { ptr, ptr } undef, ptr %0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr null, 1
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %5 = getelementptr i8, ptr %3, i64 24
  %6 = load ptr, ptr %5, align 8
  %7 = extractvalue { ptr, ptr } %2, 1
  call void %6(ptr %7, ptr null)
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

declare ptr @llgo_getitab(ptr, ptr, i1)

define linkonce_odr i1 @"eq:*main.I"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.I"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, ptr }, ptr %0, align 8
  %4 = load { ptr, ptr }, ptr %1, align 8
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %4, 0
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %4, 1
  %9 = extractvalue { ptr, ptr } %3, 0
  %10 = icmp eq ptr %9, null
  br i1 %10, label %itab.done, label %itab.type

itab.type:                                        ; preds = %entry
  %11 = getelementptr i8, ptr %9, i64 8
  %12 = load ptr, ptr %11, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %entry
  %13 = phi ptr [ null, %entry ], [ %12, %itab.type ]
  %14 = extractvalue { ptr, ptr } %4, 0
  %15 = icmp eq ptr %14, null
  br i1 %15, label %itab.done2, label %itab.type1

itab.type1:                                       ; preds = %itab.done
  %16 = getelementptr i8, ptr %14, i64 8
  %17 = load ptr, ptr %16, align 8
  br label %itab.done2

itab.done2:                                       ; preds = %itab.type1, %itab.done
  %18 = phi ptr [ null, %itab.done ], [ %17, %itab.type1 ]
  %19 = icmp eq ptr %13, %18
  %20 = icmp eq ptr %13, null
  %21 = xor i1 %20, true
  %22 = and i1 %19, %21
  br i1 %22, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %itab.done2
  %23 = getelementptr i8, ptr %13, i64 24
  %24 = load ptr, ptr %23, align 8
  %25 = icmp eq ptr %24, null
  br i1 %25, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %13)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %26 = getelementptr i8, ptr %13, i64 23
  %27 = load i8, ptr %26, align 1
  %28 = and i8 %27, 32
  %29 = icmp ne i8 %28, 0
  %30 = icmp eq ptr %7, %8
  br i1 %29, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %31 = getelementptr i8, ptr %13, i64 32
  %32 = load ptr, ptr %31, align 8
  %33 = call i1 %24(ptr %7, ptr %8, ptr %32)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %34 = phi i1 [ %19, %itab.done2 ], [ %30, %uncomparable.next ], [ %33, %ifaceeq.boxed ]
  ret i1 %34
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
