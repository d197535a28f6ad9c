; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [14 x i8] c"inner deferred", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"fatal: ", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str.2 = private unnamed_addr constant [15 x i8] c"main deferred 1", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"main body", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"main deferred 2", align 1
@.str.5 = private unnamed_addr constant [34 x i8] c"recover at a normal return is nil:", align 1

define void @main.inner(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @main.inner)
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %1 = call i32 @_setjmp(ptr %deferframe)
  %2 = icmp eq i32 %1, 0
  br i1 %2, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.inner$defer1", ptr null, ptr null)
  %3 = call { ptr, ptr } @llgo_recover(i1 %0)
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = icmp eq ptr %4, null
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %6 = call { ptr, i64 } @llgo_intstring(i64 65)
  %7 = extractvalue { ptr, i64 } %6, 0
  %8 = extractvalue { ptr, i64 } %6, 1
  %9 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.1, i64 7, ptr %7, i64 %8)
  %10 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } %9, ptr %10, align 8
  %11 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %10, 1
  %12 = extractvalue { ptr, ptr } %11, 0
  %13 = extractvalue { ptr, ptr } %11, 1
  call void @llgo_panic(ptr %12, ptr %13)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @main.main(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer1", ptr null, ptr null)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer2", ptr null, ptr @"main.main$1")
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer3", ptr null, ptr @main.inner)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer4", ptr null, ptr @"main.main$2")
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.main$1"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$2"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.main$2")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.5, i64 34)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %3)
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

declare i1 @llgo_isdeferredcall(ptr)

define internal void @"main.inner$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 14)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare { ptr, ptr } @llgo_recover(i1)

declare void @llgo_printbool(i1)

declare { ptr, i64 } @llgo_intstring(i64)

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

define linkonce_odr i1 @"eq:*string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, i64 }, ptr %0, align 8
  %4 = load { ptr, i64 }, ptr %1, align 8
  %5 = extractvalue { ptr, i64 } %3, 0
  %6 = extractvalue { ptr, i64 } %3, 1
  %7 = extractvalue { ptr, i64 } %4, 0
  %8 = extractvalue { ptr, i64 } %4, 1
  %9 = call i1 @llgo_eqstring(ptr %5, i64 %6, ptr %7, i64 %8)
  ret i1 %9
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

declare ptr @llgo_newobject(ptr)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

define internal void @"main.main$defer2"(ptr %0) {
entry:
  call void @"main.main$1"(ptr null) #2
  ret void
}

define internal void @"main.main$defer3"(ptr %0) {
entry:
  call void @main.inner(ptr null) #2
  ret void
}

define internal void @"main.main$defer4"(ptr %0) {
entry:
  call void @"main.main$2"(ptr null) #2
  ret void
}

declare void @llgo_printsp()

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
