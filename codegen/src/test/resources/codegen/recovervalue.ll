; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.node = type { ptr }

@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str = private unnamed_addr constant [4 x i8] c"boom", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [11 x i8] c"recovered: ", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*bool" = linkonce_odr constant [7 x i8] c"\00\05*bool", align 1
@"type:*bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -516152683, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*bool", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:bool" }, section "llgo_types", align 8
@"type:bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 -559334259, i8 15, i8 1, i8 1, i8 1, { ptr, ptr } { ptr @"eq:bool", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str.2 = private unnamed_addr constant [17 x i8] c"divide recovered:", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"direct recover is nil:", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"recover outside a panic is nil:", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"start", align 1
@.str.6 = private unnamed_addr constant [1 x i8] c"x", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c" + first deferred", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c" + after panic", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"indirect", align 1
@.str.10 = private unnamed_addr constant [22 x i8] c"helper sees the panic:", align 1
@"name:0:*[3]int" = linkonce_odr constant [9 x i8] c"\00\07*[3]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[3]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 0, i32 651278603, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[3]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[3]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 3 }, section "llgo_types", align 8
@"name:0:*main.node" = linkonce_odr constant [12 x i8] c"\00\0A*main.node", align 1
@"type:*main.node" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1732544314, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.node", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.node" }, section "llgo_types", align 8
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:next" = linkonce_odr constant [6 x i8] c"\00\04next", align 1
@"type:main.node" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 346895902, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.node", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.node", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:next", ptr @"type:*main.node", i64 0 }] }, section "llgo_types", align 8
@.str.11 = private unnamed_addr constant [5 x i8] c"hello", align 1
@.str.12 = private unnamed_addr constant [9 x i8] c"indirect:", align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"main done", align 1

define { ptr, i64 } @main.recoverString(ptr %context) {
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
  %5 = insertvalue { ptr, ptr } { ptr @"main.recoverString$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.recoverString$defer1", ptr %6, ptr %8)
  %9 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str, i64 4 }, ptr %9, align 8
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

define void @"main.recoverString$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %msg = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.recoverString$1")
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
  %10 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.1, i64 11, ptr %8, i64 %9)
  store { ptr, i64 } %10, ptr %msg, align 8
  ret void
}

define i64 @main.recoverInt(ptr %context) {
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
  %5 = insertvalue { ptr, ptr } { ptr @"main.recoverInt$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.recoverInt$defer1", ptr %6, ptr %8)
  %9 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 41, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %9, 1
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  call void @llgo_panic(ptr %11, ptr %12)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile i64, ptr %13, align 8
  ret i64 %14
}

define void @"main.recoverInt$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %v = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.recoverInt$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %6 = extractvalue { ptr, ptr } %2, 0
  %7 = icmp eq ptr %6, @"type:int"
  %8 = extractvalue { ptr, ptr } %2, 1
  %9 = xor i1 %7, true
  br i1 %9, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %"1.if.then"
  call void @llgo_panicdottype(ptr %6, ptr @"type:int", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %"1.if.then"
  %10 = load i64, ptr %8, align 8
  %11 = add i64 %10, 1
  store i64 %11, ptr %v, align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %typeassert.next, %"0.entry"
  ret void
}

define { i64, i1 } @main.index({ ptr, i64, i64 } %s, i64 %i, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  %spill.t1 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t1, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_newobject(ptr @"type:bool")
  store volatile ptr %3, ptr %spill.t1, align 8
  %4 = call ptr @llgo_alloc(i64 16)
  %5 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 0
  store ptr %2, ptr %5, align 8
  %6 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 1
  store ptr %3, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr @"main.index$1", ptr undef }, ptr %4, 1
  %8 = call ptr @llgo_alloc(i64 16)
  %9 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %8, i32 0, i32 0
  store { ptr, ptr } %7, ptr %9, align 8
  %10 = extractvalue { ptr, ptr } %7, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.index$defer1", ptr %8, ptr %10)
  %11 = extractvalue { ptr, i64, i64 } %s, 1
  %12 = icmp uge i64 %i, %11
  br i1 %12, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 %i, i64 %11)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %13 = extractvalue { ptr, i64, i64 } %s, 0
  %14 = getelementptr i64, ptr %13, i64 %i
  %15 = load i64, ptr %14, align 8
  store volatile i64 %15, ptr %2, align 8
  store volatile i1 true, ptr %3, align 1
  call void @llgo_rundefers(ptr %deferframe)
  %16 = load volatile i64, ptr %2, align 8
  %17 = load volatile i1, ptr %3, align 1
  %18 = insertvalue { i64, i1 } undef, i64 %16, 0
  %19 = insertvalue { i64, i1 } %18, i1 %17, 1
  ret { i64, i1 } %19

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %20 = load volatile ptr, ptr %spill.t0, align 8
  %21 = load volatile ptr, ptr %spill.t1, align 8
  %22 = load volatile i64, ptr %20, align 8
  %23 = load volatile i1, ptr %21, align 1
  %24 = insertvalue { i64, i1 } undef, i64 %22, 0
  %25 = insertvalue { i64, i1 } %24, i1 %23, 1
  ret { i64, i1 } %25
}

define void @"main.index$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 0
  %v = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 1
  %ok = load ptr, ptr %1, align 8
  %2 = call i1 @llgo_isdeferredcall(ptr @"main.index$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %3 = call { ptr, ptr } @llgo_recover(i1 %2)
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = icmp eq ptr %4, null
  %6 = xor i1 %5, true
  br i1 %6, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  store i64 -1, ptr %v, align 8
  store i1 false, ptr %ok, align 1
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  ret void
}

define i64 @main.divide(i64 %a, i64 %b, ptr %context) {
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
  %5 = insertvalue { ptr, ptr } { ptr @"main.divide$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.divide$defer1", ptr %6, ptr %8)
  store volatile i64 99, ptr %2, align 8
  %9 = icmp eq i64 %b, 0
  br i1 %9, label %divzero.fail, label %divzero.next

divzero.fail:                                     ; preds = %"0.entry"
  call void @llgo_panicdivide()
  unreachable

divzero.next:                                     ; preds = %"0.entry"
  %10 = icmp eq i64 %b, -1
  %11 = select i1 %10, i64 1, i64 %b
  %12 = sdiv i64 %a, %11
  %13 = sub i64 0, %a
  %14 = select i1 %10, i64 %13, i64 %12
  store volatile i64 %14, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %15 = load volatile i64, ptr %2, align 8
  ret i64 %15

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %16 = load volatile ptr, ptr %spill.t0, align 8
  %17 = load volatile i64, ptr %16, align 8
  ret i64 %17
}

define void @"main.divide$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %q = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.divide$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %6 = extractvalue { ptr, ptr } %2, 0
  %7 = icmp eq ptr %6, null
  %8 = xor i1 %7, true
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 17)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %8)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store i64 0, ptr %q, align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  ret void
}

define i1 @main.deref(ptr %n, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:bool")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.deref$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.deref$defer1", ptr %6, ptr %8)
  %9 = icmp eq ptr %n, null
  br i1 %9, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %10 = getelementptr inbounds nuw %main.node, ptr %n, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8
  store volatile i1 true, ptr %2, align 1
  call void @llgo_rundefers(ptr %deferframe)
  %12 = load volatile i1, ptr %2, align 1
  ret i1 %12

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile i1, ptr %13, align 1
  ret i1 %14
}

define void @"main.deref$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %ok = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.deref$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  store i1 %4, ptr %ok, align 1
  ret void
}

define i64 @main.slice({ ptr, i64, i64 } %s, i64 %lo, i64 %hi, ptr %context) {
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
  %5 = insertvalue { ptr, ptr } { ptr @"main.slice$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.slice$defer1", ptr %6, ptr %8)
  %9 = extractvalue { ptr, i64, i64 } %s, 0
  %10 = extractvalue { ptr, i64, i64 } %s, 1
  %11 = extractvalue { ptr, i64, i64 } %s, 2
  %12 = icmp ugt i64 %lo, %hi
  %13 = icmp ugt i64 %hi, %11
  %14 = or i1 %12, %13
  %15 = icmp ugt i64 %11, %11
  %16 = or i1 %14, %15
  br i1 %16, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslice(i64 %lo, i64 %hi, i64 %11)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %17 = getelementptr i8, ptr %9, i64 %lo
  %18 = sub i64 %hi, %lo
  %19 = insertvalue { ptr, i64, i64 } undef, ptr %17, 0
  %20 = insertvalue { ptr, i64, i64 } %19, i64 %18, 1
  %21 = sub i64 %11, %lo
  %22 = insertvalue { ptr, i64, i64 } %20, i64 %21, 2
  %23 = extractvalue { ptr, i64, i64 } %22, 1
  store volatile i64 %23, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %24 = load volatile i64, ptr %2, align 8
  ret i64 %24

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %25 = load volatile ptr, ptr %spill.t0, align 8
  %26 = load volatile i64, ptr %25, align 8
  ret i64 %26
}

define void @"main.slice$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.slice$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  store i64 -2, ptr %n, align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  ret void
}

define void @main.notPanicking(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @main.notPanicking)
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %1 = call i32 @_setjmp(ptr %deferframe)
  %2 = icmp eq i32 %1, 0
  br i1 %2, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.notPanicking$defer1", ptr null, ptr @"main.notPanicking$1")
  %3 = call { ptr, ptr } @llgo_recover(i1 %0)
  %4 = extractvalue { ptr, ptr } %3, 0
  %5 = icmp eq ptr %4, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 22)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.notPanicking$1"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.notPanicking$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 31)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define { ptr, i64 } @main.remainingDefersRun(ptr %context) {
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
  %5 = insertvalue { ptr, ptr } { ptr @"main.remainingDefersRun$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.remainingDefersRun$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.remainingDefersRun$defer2", ptr null, ptr @"main.remainingDefersRun$2")
  %9 = call ptr @llgo_alloc(i64 8)
  %10 = getelementptr inbounds nuw { ptr }, ptr %9, i32 0, i32 0
  store ptr %2, ptr %10, align 8
  %11 = insertvalue { ptr, ptr } { ptr @"main.remainingDefersRun$3", ptr undef }, ptr %9, 1
  %12 = call ptr @llgo_alloc(i64 16)
  %13 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %12, i32 0, i32 0
  store { ptr, ptr } %11, ptr %13, align 8
  %14 = extractvalue { ptr, ptr } %11, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.remainingDefersRun$defer3", ptr %12, ptr %14)
  store volatile { ptr, i64 } { ptr @.str.5, i64 5 }, ptr %2, align 8
  %15 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %15, align 8
  %16 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %15, 1
  %17 = extractvalue { ptr, ptr } %16, 0
  %18 = extractvalue { ptr, ptr } %16, 1
  call void @llgo_panic(ptr %17, ptr %18)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %19 = load volatile ptr, ptr %spill.t0, align 8
  %20 = load volatile { ptr, i64 }, ptr %19, align 8
  ret { ptr, i64 } %20
}

define void @"main.remainingDefersRun$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %s = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load { ptr, i64 }, ptr %s, align 8
  %2 = extractvalue { ptr, i64 } %1, 0
  %3 = extractvalue { ptr, i64 } %1, 1
  %4 = call { ptr, i64 } @llgo_concatstring2(ptr %2, i64 %3, ptr @.str.7, i64 17)
  store { ptr, i64 } %4, ptr %s, align 8
  ret void
}

define void @"main.remainingDefersRun$2"(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.remainingDefersRun$2")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  ret void
}

define void @"main.remainingDefersRun$3"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %s = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load { ptr, i64 }, ptr %s, align 8
  %2 = extractvalue { ptr, i64 } %1, 0
  %3 = extractvalue { ptr, i64 } %1, 1
  %4 = call { ptr, i64 } @llgo_concatstring2(ptr %2, i64 %3, ptr @.str.8, i64 14)
  store { ptr, i64 } %4, ptr %s, align 8
  ret void
}

define { ptr, ptr } @main.helper(ptr %context) {
entry:
  %0 = call i1 @llgo_isdeferredcall(ptr @main.helper)
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  ret { ptr, ptr } %1
}

define i1 @main.indirect(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:bool")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.indirect$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.indirect$defer1", ptr %6, ptr %8)
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.indirect$defer2", ptr null, ptr @"main.indirect$2")
  %9 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.9, i64 8 }, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %9, 1
  %11 = extractvalue { ptr, ptr } %10, 0
  %12 = extractvalue { ptr, ptr } %10, 1
  call void @llgo_panic(ptr %11, ptr %12)
  unreachable

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile i1, ptr %13, align 1
  ret i1 %14
}

define void @"main.indirect$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %got = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.indirect$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  store i1 %5, ptr %got, align 1
  ret void
}

define void @"main.indirect$2"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, ptr } @main.helper(ptr null)
  %1 = extractvalue { ptr, ptr } %0, 0
  %2 = icmp eq ptr %1, null
  %3 = xor i1 %2, true
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.10, i64 22)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  %conv = alloca { ptr, i64, i64 }, align 8
  %conv3 = alloca { ptr, i64, i64 }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, i64 } @main.recoverString(ptr null)
  call void @llgo_printlock()
  %1 = extractvalue { ptr, i64 } %0, 0
  %2 = extractvalue { ptr, i64 } %0, 1
  call void @llgo_printstring(ptr %1, i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %3 = call i64 @main.recoverInt(ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %4 = call ptr @llgo_newobject(ptr @"type:[3]int")
  %5 = getelementptr [3 x i64], ptr %4, i64 0, i64 0
  store i64 1, ptr %5, align 8
  %6 = getelementptr [3 x i64], ptr %4, i64 0, i64 1
  store i64 2, ptr %6, align 8
  %7 = getelementptr [3 x i64], ptr %4, i64 0, i64 2
  store i64 3, ptr %7, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 3, i64 3)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %8 = getelementptr i64, ptr %4, i64 0
  %9 = insertvalue { ptr, i64, i64 } undef, ptr %8, 0
  %10 = insertvalue { ptr, i64, i64 } %9, i64 3, 1
  %11 = insertvalue { ptr, i64, i64 } %10, i64 3, 2
  %12 = call { i64, i1 } @main.index({ ptr, i64, i64 } %11, i64 1, ptr null)
  %13 = extractvalue { i64, i1 } %12, 0
  %14 = extractvalue { i64, i1 } %12, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %14)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %15 = call ptr @llgo_newobject(ptr @"type:[3]int")
  %16 = getelementptr [3 x i64], ptr %15, i64 0, i64 0
  store i64 1, ptr %16, align 8
  %17 = getelementptr [3 x i64], ptr %15, i64 0, i64 1
  store i64 2, ptr %17, align 8
  %18 = getelementptr [3 x i64], ptr %15, i64 0, i64 2
  store i64 3, ptr %18, align 8
  br i1 false, label %slice.fail1, label %slice.next2

slice.fail1:                                      ; preds = %slice.next
  call void @llgo_panicslicelen(i64 0, i64 3, i64 3)
  unreachable

slice.next2:                                      ; preds = %slice.next
  %19 = getelementptr i64, ptr %15, i64 0
  %20 = insertvalue { ptr, i64, i64 } undef, ptr %19, 0
  %21 = insertvalue { ptr, i64, i64 } %20, i64 3, 1
  %22 = insertvalue { ptr, i64, i64 } %21, i64 3, 2
  %23 = call { i64, i1 } @main.index({ ptr, i64, i64 } %22, i64 5, ptr null)
  %24 = extractvalue { i64, i1 } %23, 0
  %25 = extractvalue { i64, i1 } %23, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %24)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %25)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %26 = call i64 @main.divide(i64 7, i64 2, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %26)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %27 = call i64 @main.divide(i64 7, i64 0, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %27)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %28 = call ptr @llgo_newobject(ptr @"type:main.node")
  %29 = call i1 @main.deref(ptr %28, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %29)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %30 = call i1 @main.deref(ptr null, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %30)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_stringtoslicebyte(ptr %conv, ptr @.str.11, i64 5)
  %31 = load { ptr, i64, i64 }, ptr %conv, align 8
  %32 = call i64 @main.slice({ ptr, i64, i64 } %31, i64 1, i64 3, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %32)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_stringtoslicebyte(ptr %conv3, ptr @.str.11, i64 5)
  %33 = load { ptr, i64, i64 }, ptr %conv3, align 8
  %34 = call i64 @main.slice({ ptr, i64, i64 } %33, i64 3, i64 1, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %34)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @main.notPanicking(ptr null)
  %35 = call { ptr, i64 } @main.remainingDefersRun(ptr null)
  call void @llgo_printlock()
  %36 = extractvalue { ptr, i64 } %35, 0
  %37 = extractvalue { ptr, i64 } %35, 1
  call void @llgo_printstring(ptr %36, i64 %37)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %38 = call i1 @main.indirect(ptr null)
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.12, i64 9)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %38)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.13, i64 9)
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

declare ptr @llgo_newobject(ptr)

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

declare ptr @llgo_alloc(i64)

define internal void @"main.recoverString$defer1"(ptr %0) {
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

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

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

define internal void @"main.recoverInt$defer1"(ptr %0) {
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

define linkonce_odr i1 @"eq:*bool"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:bool"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i1, ptr %0, align 1
  %4 = load i1, ptr %1, align 1
  %5 = icmp eq i1 %3, %4
  ret i1 %5
}

define internal void @"main.index$defer1"(ptr %0) {
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
declare void @llgo_panicindex(i64, i64) #0

define internal void @"main.divide$defer1"(ptr %0) {
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
declare void @llgo_panicdivide() #0

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define internal void @"main.deref$defer1"(ptr %0) {
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

define internal void @"main.slice$defer1"(ptr %0) {
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
declare void @llgo_panicslice(i64, i64, i64) #0

define internal void @"main.notPanicking$defer1"(ptr %0) {
entry:
  call void @"main.notPanicking$1"(ptr null) #2
  ret void
}

define internal void @"main.remainingDefersRun$defer1"(ptr %0) {
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

define internal void @"main.remainingDefersRun$defer2"(ptr %0) {
entry:
  call void @"main.remainingDefersRun$2"(ptr null) #2
  ret void
}

define internal void @"main.remainingDefersRun$defer3"(ptr %0) {
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

define internal void @"main.indirect$defer1"(ptr %0) {
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

define internal void @"main.indirect$defer2"(ptr %0) {
entry:
  call void @"main.indirect$2"(ptr null) #2
  ret void
}

declare void @llgo_printint(i64)

define linkonce_odr i1 @"eq:[3]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [3 x i64], ptr %0, align 8
  %4 = load [3 x i64], ptr %1, align 8
  %5 = extractvalue [3 x i64] %3, 0
  %6 = extractvalue [3 x i64] %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue [3 x i64] %3, 1
  %10 = extractvalue [3 x i64] %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  %13 = extractvalue [3 x i64] %3, 2
  %14 = extractvalue [3 x i64] %4, 2
  %15 = icmp eq i64 %13, %14
  %16 = and i1 %12, %15
  ret i1 %16
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

define linkonce_odr i1 @"eq:*main.node"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.node"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.node, ptr %0, align 8
  %4 = load %main.node, ptr %1, align 8
  %5 = extractvalue %main.node %3, 0
  %6 = extractvalue %main.node %4, 0
  %7 = icmp eq ptr %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

declare void @llgo_stringtoslicebyte(ptr, ptr, i64)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
