; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"level3 deferred", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [4 x i8] c"deep", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"level2 deferred", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"not reached", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"level1 deferred", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"normal", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@.str.6 = private unnamed_addr constant [17 x i8] c"level1 recovered ", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"first", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c" again", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str.9 = private unnamed_addr constant [16 x i8] c"in deferred call", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"cleanup", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"cleanup recover is nil:", align 1
@.str.12 = private unnamed_addr constant [1 x i8] c"b", align 1
@.str.13 = private unnamed_addr constant [1 x i8] c"p", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"outer recovered: ", align 1
@.str.15 = private unnamed_addr constant [21 x i8] c"recovered at depth 0:", align 1

define void @main.level3(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.level3$defer1", ptr null, ptr null)
  %2 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.1, i64 4 }, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %2, 1
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = extractvalue { ptr, ptr } %3, 1
  call void @llgo_panic(ptr %4, ptr %5)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @main.level2(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.level2$defer1", ptr null, ptr null)
  call void @main.level3(ptr null)
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 11)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define { ptr, i64 } @main.level1(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:string")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.level1$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.level1$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.level1$defer2", ptr null, ptr null)
  call void @main.level2(ptr null)
  store volatile { ptr, i64 } { ptr @.str.5, i64 6 }, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %9 = load volatile { ptr, i64 }, ptr %2, align 8
  ret { ptr, i64 } %9

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %10 = load volatile ptr, ptr %spill.t0, align 8
  %11 = load volatile { ptr, i64 }, ptr %10, align 8
  ret { ptr, i64 } %11
}

define void @"main.level1$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %result = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.level1$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %6 = extractvalue { ptr, ptr } %2, 0
  %7 = icmp eq ptr %6, @"type:string"
  %8 = extractvalue { ptr, ptr } %2, 1
  %9 = xor i1 %7, true
  br i1 %9, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"1.if.then"
  call void @llgo_panicdottype(ptr %6, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"1.if.then"
  %10 = load { ptr, i64 }, ptr %8, align 8
  %11 = extractvalue { ptr, i64 } %10, 0
  %12 = extractvalue { ptr, i64 } %10, 1
  %13 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.6, i64 17, ptr %11, i64 %12)
  store { ptr, i64 } %13, ptr %result, align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %typeassert.next, %"0.entry"
  ret void
}

define { ptr, i64 } @main.repanic(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:string")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.repanic$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.repanic$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.repanic$defer2", ptr null, ptr @"main.repanic$2")
  %9 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.7, i64 5 }, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %9, 1
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  call void @llgo_panic(ptr %11, ptr %12)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile { ptr, i64 }, ptr %13, align 8
  ret { ptr, i64 } %14
}

define void @"main.repanic$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %got = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.repanic$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, @"type:string"
  %5 = extractvalue { ptr, ptr } %2, 1
  %6 = xor i1 %4, true
  br i1 %6, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"0.entry"
  call void @llgo_panicdottype(ptr %3, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"0.entry"
  %7 = load { ptr, i64 }, ptr %5, align 8
  store { ptr, i64 } %7, ptr %got, align 8
  ret void
}

define void @"main.repanic$2"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.repanic$2")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, @"type:string"
  %4 = extractvalue { ptr, ptr } %1, 1
  %5 = xor i1 %3, true
  br i1 %5, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"0.entry"
  call void @llgo_panicdottype(ptr %2, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"0.entry"
  %6 = load { ptr, i64 }, ptr %4, align 8
  %7 = extractvalue { ptr, i64 } %6, 0
  %8 = extractvalue { ptr, i64 } %6, 1
  %9 = call { ptr, i64 } @llgo_concatstring2(ptr %7, i64 %8, ptr @.str.8, i64 6)
  %10 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } %9, ptr %10, align 8
  %11 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %10, 1
  %12 = extractvalue { ptr, ptr } %11, 0
  %13 = extractvalue { ptr, ptr } %11, 1
  call void @llgo_panic(ptr %12, ptr %13)
  unreachable
}

define i64 @main.panicAtReturn(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.panicAtReturn$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.panicAtReturn$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.panicAtReturn$defer2", ptr null, ptr @"main.panicAtReturn$2")
  store volatile i64 5, ptr %2, align 8
  %9 = load volatile i64, ptr %2, align 8
  %10 = mul i64 %9, 2
  store volatile i64 %10, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %11 = load volatile i64, ptr %2, align 8
  ret i64 %11

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %12 = load volatile ptr, ptr %spill.t0, align 8
  %13 = load volatile i64, ptr %12, align 8
  ret i64 %13
}

define void @"main.panicAtReturn$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.panicAtReturn$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %6 = load i64, ptr %n, align 8
  %7 = sub i64 0, %6
  store i64 %7, ptr %n, align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  ret void
}

define void @"main.panicAtReturn$2"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.9, i64 16 }, ptr %0, align 8
  %1 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %0, 1
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = extractvalue { ptr, ptr } %1, 1
  call void @llgo_panic(ptr %2, ptr %3)
  unreachable
}

define void @main.cleanup({ ptr, i64 } %name, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } %name, ptr %2, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.cleanup$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.cleanup$defer1", ptr %6, ptr %8)
  %9 = load { ptr, i64 }, ptr %2, align 8
  call void @llgo_printlock()
  %10 = extractvalue { ptr, i64 } %9, 0
  %11 = extractvalue { ptr, i64 } %9, 1
  call void @llgo_printstring(ptr %10, i64 %11)
  call void @llgo_printsp()
  call void @llgo_printstring(ptr @.str.10, i64 7)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.cleanup$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %name = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.cleanup$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = load { ptr, i64 }, ptr %name, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = icmp eq ptr %4, null
  call void @llgo_printlock()
  %6 = extractvalue { ptr, i64 } %3, 0
  %7 = extractvalue { ptr, i64 } %3, 1
  call void @llgo_printstring(ptr %6, i64 %7)
  call void @llgo_printsp()
  call void @llgo_printstring(ptr @.str.11, i64 23)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define { ptr, i64 } @main.unwindThroughCleanup(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:string")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.unwindThroughCleanup$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.unwindThroughCleanup$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.unwindThroughCleanup$defer2", ptr null, ptr @main.cleanup)
  %9 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.13, i64 1 }, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %9, 1
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  call void @llgo_panic(ptr %11, ptr %12)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile { ptr, i64 }, ptr %13, align 8
  ret { ptr, i64 } %14
}

define void @"main.unwindThroughCleanup$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %s = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.unwindThroughCleanup$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, @"type:string"
  %5 = extractvalue { ptr, ptr } %2, 1
  %6 = xor i1 %4, true
  br i1 %6, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"0.entry"
  call void @llgo_panicdottype(ptr %3, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"0.entry"
  %7 = load { ptr, i64 }, ptr %5, align 8
  %8 = extractvalue { ptr, i64 } %7, 0
  %9 = extractvalue { ptr, i64 } %7, 1
  %10 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.14, i64 17, ptr %8, i64 %9)
  store { ptr, i64 } %10, ptr %s, align 8
  ret void
}

define i64 @main.recursive(i64 %n, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 %n, ptr %2, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.recursive$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.recursive$defer1", ptr %6, ptr %8)
  %9 = load i64, ptr %2, align 8
  %10 = icmp eq i64 %9, 3
  br i1 %10, label %"1.if.then", label %"2.if.done"

"2.if.done":                                      ; preds = %"0.entry"
  %11 = load i64, ptr %2, align 8
  %12 = add i64 %11, 1
  %13 = call i64 @main.recursive(i64 %12, ptr null)
  call void @llgo_rundefers(ptr %deferframe)
  ret i64 %13

"1.if.then":                                      ; preds = %"0.entry"
  %14 = load i64, ptr %2, align 8
  %15 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 %14, ptr %15, align 8
  %16 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %15, 1
  %17 = extractvalue { ptr, ptr } %16, 0
  %18 = extractvalue { ptr, ptr } %16, 1
  call void @llgo_panic(ptr %17, ptr %18)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret i64 0
}

define void @"main.recursive$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.recursive$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = load i64, ptr %n, align 8
  %3 = icmp eq i64 %2, 0
  br i1 %3, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %4 = call { ptr, ptr } @llgo_recover(i1 %1)
  %5 = extractvalue { ptr, ptr } %4, 0
  %6 = icmp eq ptr %5, null
  %7 = xor i1 %6, true
  br i1 %7, label %"3.if.then", label %"4.if.done"

"3.if.then":                                      ; preds = %"1.if.then"
  %8 = extractvalue { ptr, ptr } %4, 0
  %9 = icmp eq ptr %8, @"type:int"
  %10 = extractvalue { ptr, ptr } %4, 1
  %11 = xor i1 %9, true
  br i1 %11, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"3.if.then"
  call void @llgo_panicdottype(ptr %8, ptr @"type:int", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"3.if.then"
  %12 = load i64, ptr %10, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.15, i64 21)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %12)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"4.if.done"

"4.if.done":                                      ; preds = %typeassert.next, %"1.if.then"
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"4.if.done", %"0.entry"
  ret void
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, i64 } @main.level1(ptr null)
  call void @llgo_printlock()
  %1 = extractvalue { ptr, i64 } %0, 0
  %2 = extractvalue { ptr, i64 } %0, 1
  call void @llgo_printstring(ptr %1, i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %3 = call { ptr, i64 } @main.repanic(ptr null)
  call void @llgo_printlock()
  %4 = extractvalue { ptr, i64 } %3, 0
  %5 = extractvalue { ptr, i64 } %3, 1
  call void @llgo_printstring(ptr %4, i64 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %6 = call i64 @main.panicAtReturn(ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %6)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %7 = call { ptr, i64 } @main.unwindThroughCleanup(ptr null)
  call void @llgo_printlock()
  %8 = extractvalue { ptr, i64 } %7, 0
  %9 = extractvalue { ptr, i64 } %7, 1
  call void @llgo_printstring(ptr %8, i64 %9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %10 = call i64 @main.recursive(i64 0, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %10)
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

define internal void @"main.level3$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

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

define internal void @"main.level2$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare ptr @llgo_alloc(i64)

define internal void @"main.level1$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

define internal void @"main.level1$defer2"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 15)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

; Function Attrs: noreturn
declare void @llgo_panicdottype(ptr, ptr, ptr) #0

define linkonce_odr i1 @"eq:interface{}"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, ptr }, ptr %0, align 8
  %4 = load { ptr, ptr }, ptr %1, align 8
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %4, 0
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %4, 1
  %9 = icmp eq ptr %5, %6
  %10 = icmp eq ptr %5, null
  %11 = xor i1 %10, true
  %12 = and i1 %9, %11
  br i1 %12, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %entry
  %13 = getelementptr i8, ptr %5, i64 24
  %14 = load ptr, ptr %13, align 8
  %15 = icmp eq ptr %14, null
  br i1 %15, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %5)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %16 = getelementptr i8, ptr %5, i64 23
  %17 = load i8, ptr %16, align 1
  %18 = and i8 %17, 32
  %19 = icmp ne i8 %18, 0
  %20 = icmp eq ptr %7, %8
  br i1 %19, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %21 = getelementptr i8, ptr %5, i64 32
  %22 = load ptr, ptr %21, align 8
  %23 = call i1 %14(ptr %7, ptr %8, ptr %22)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %24 = phi i1 [ %9, %entry ], [ %20, %uncomparable.next ], [ %23, %ifaceeq.boxed ]
  ret i1 %24
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

define internal void @"main.repanic$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

define internal void @"main.repanic$defer2"(ptr %0) {
entry:
  call void @"main.repanic$2"(ptr null) #2
  ret void
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

define internal void @"main.panicAtReturn$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

define internal void @"main.panicAtReturn$defer2"(ptr %0) {
entry:
  call void @"main.panicAtReturn$2"(ptr null) #2
  ret void
}

define internal void @"main.cleanup$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

define internal void @"main.unwindThroughCleanup$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

define internal void @"main.unwindThroughCleanup$defer2"(ptr %0) {
entry:
  call void @main.cleanup({ ptr, i64 } { ptr @.str.12, i64 1 }, ptr null) #2
  ret void
}

define internal void @"main.recursive$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

declare void @llgo_printint(i64)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
