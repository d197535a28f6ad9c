; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.total = global i64 0, align 8
@main.greeting = global { ptr, i64 } zeroinitializer, align 8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str = private unnamed_addr constant [2 x i8] c"hi", align 1

define { ptr, ptr } @main.counter(i64 %step, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 %step, ptr %0, align 8
  %1 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 0, ptr %1, align 8
  %2 = call ptr @llgo_alloc(i64 16)
  %3 = getelementptr inbounds nuw { ptr, ptr }, ptr %2, i32 0, i32 0
  store ptr %1, ptr %3, align 8
  %4 = getelementptr inbounds nuw { ptr, ptr }, ptr %2, i32 0, i32 1
  store ptr %0, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.counter$1", ptr undef }, ptr %2, 1
  ret { ptr, ptr } %5
}

define i64 @"main.counter$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 1
  %step = load ptr, ptr %1, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = load i64, ptr %n, align 8
  %3 = load i64, ptr %step, align 8
  %4 = add i64 %2, %3
  store i64 %4, ptr %n, align 8
  %5 = load i64, ptr @main.total, align 8
  %6 = load i64, ptr %n, align 8
  %7 = add i64 %5, %6
  store i64 %7, ptr @main.total, align 8
  %8 = load i64, ptr %n, align 8
  ret i64 %8
}

define i64 @main.apply({ ptr, ptr } %f, i64 %x, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %f, 0
  %1 = extractvalue { ptr, ptr } %f, 1
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %3 = call i64 %0(i64 %x, ptr %1)
  ret i64 %3
}

define i64 @main.double(i64 %x, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = mul i64 %x, 2
  ret i64 %0
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, ptr } @main.counter(i64 5, ptr null)
  %1 = extractvalue { ptr, ptr } %0, 0
  %2 = extractvalue { ptr, ptr } %0, 1
  %3 = icmp eq ptr %1, null
  br i1 %3, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %4 = call i64 %1(ptr %2)
  %5 = extractvalue { ptr, ptr } %0, 0
  %6 = extractvalue { ptr, ptr } %0, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %8 = call i64 %5(ptr %6)
  %9 = extractvalue { ptr, ptr } %0, 0
  %10 = extractvalue { ptr, ptr } %0, 1
  %11 = icmp eq ptr %9, null
  br i1 %11, label %nilcheck.fail3, label %nilcheck.next4

nilcheck.fail3:                                   ; preds = %nilcheck.next2
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next4:                                   ; preds = %nilcheck.next2
  %12 = call i64 %9(ptr %10)
  %13 = call i64 @main.apply({ ptr, ptr } { ptr @main.double, ptr null }, i64 21, ptr null)
  %14 = load i64, ptr @main.total, align 8
  %15 = load { ptr, i64 }, ptr @main.greeting, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %12)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %14)
  call void @llgo_printsp()
  %16 = extractvalue { ptr, i64 } %15, 0
  %17 = extractvalue { ptr, i64 } %15, 1
  call void @llgo_printstring(ptr %16, i64 %17)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %13)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store { ptr, i64 } { ptr @.str, i64 2 }, ptr @main.greeting, align 8
  ret void
}

declare ptr @llgo_newobject(ptr)

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

declare ptr @llgo_alloc(i64)

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
