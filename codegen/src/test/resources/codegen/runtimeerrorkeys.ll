; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@llgo.types = external global i8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@"name:0:*map[string]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[string]int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1123715705, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"a", align 1
@"name:0:*[0]int" = linkonce_odr constant [9 x i8] c"\00\07*[0]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[0]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 0, i64 0, i32 -885519750, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[0]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[0]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 0 }, section "llgo_types", align 8
@"name:0:*[3]int" = linkonce_odr constant [9 x i8] c"\00\07*[3]int", align 1
@"type:[3]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 0, i32 651278603, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[3]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[3]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 3 }, section "llgo_types", align 8
@"name:0:*[1]int" = linkonce_odr constant [9 x i8] c"\00\07*[1]int", align 1
@"type:[1]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1725417395, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 1 }, section "llgo_types", align 8
@"name:0:*[9]interface {}" = linkonce_odr constant [18 x i8] c"\00\10*[9]interface {}", align 1
@"gcbits:ffff03" = linkonce_odr constant [3 x i8] c"\FF\FF\03"
@"name:0:*[]interface {}" = linkonce_odr constant [17 x i8] c"\00\0F*[]interface {}", align 1
@"type:[]interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -1397013356, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}" }, section "llgo_types", align 8
@"type:[9]interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 144, i64 144, i32 46370467, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[9]interface{}", ptr null }, ptr @"gcbits:ffff03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[9]interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}", ptr @"type:[]interface{}", i64 9 }, section "llgo_types", align 8
@"name:0:*map[interface {}]int" = linkonce_odr constant [23 x i8] c"\00\15*map[interface {}]int", align 1
@"type:map[interface{}]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 797816425, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[interface {}]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:interface{}", ptr null }, i8 16, i8 8, i16 0, i32 24 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8

define { ptr, ptr } @main.index({ ptr, i64, i64 } %s, i64 %i, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.index$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.index$defer1", ptr %6, ptr %8)
  %9 = extractvalue { ptr, i64, i64 } %s, 1
  %10 = icmp uge i64 %i, %9
  br i1 %10, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 %i, i64 %9)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %11 = extractvalue { ptr, i64, i64 } %s, 0
  %12 = getelementptr i64, ptr %11, i64 %i
  %13 = load i64, ptr %12, align 8
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %14 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %14

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %15 = load volatile ptr, ptr %spill.t0, align 8
  %16 = load volatile { ptr, ptr }, ptr %15, align 8
  ret { ptr, ptr } %16
}

define void @"main.index$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %err = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.index$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  store { ptr, ptr } %2, ptr %err, align 8
  ret void
}

define { ptr, ptr } @main.divide(i64 %a, i64 %b, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
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
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %15 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %15

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %16 = load volatile ptr, ptr %spill.t0, align 8
  %17 = load volatile { ptr, ptr }, ptr %16, align 8
  ret { ptr, ptr } %17
}

define void @"main.divide$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %err = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.divide$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  store { ptr, ptr } %2, ptr %err, align 8
  ret void
}

define { ptr, ptr } @main.nilMap(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  %mapkey = alloca { ptr, i64 }, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.nilMap$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.nilMap$defer1", ptr %6, ptr %8)
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey, align 8
  %9 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr null, ptr %mapkey)
  store i64 1, ptr %9, align 8
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %10 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %10

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %11 = load volatile ptr, ptr %spill.t0, align 8
  %12 = load volatile { ptr, ptr }, ptr %11, align 8
  ret { ptr, ptr } %12
}

define void @"main.nilMap$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %err = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.nilMap$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  store { ptr, ptr } %2, ptr %err, align 8
  ret void
}

define { ptr, ptr } @main.uncomparable(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.uncomparable$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.uncomparable$defer1", ptr %6, ptr %8)
  %9 = call ptr @llgo_newobject(ptr @"type:[0]int")
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 0, i64 0)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %10 = getelementptr i64, ptr %9, i64 0
  %11 = insertvalue { ptr, i64, i64 } undef, ptr %10, 0
  %12 = insertvalue { ptr, i64, i64 } %11, i64 0, 1
  %13 = insertvalue { ptr, i64, i64 } %12, i64 0, 2
  %14 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %13, ptr %14, align 8
  %15 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %14, 1
  %16 = extractvalue { ptr, ptr } %15, 0
  %17 = extractvalue { ptr, ptr } %15, 0
  %18 = extractvalue { ptr, ptr } %15, 1
  %19 = extractvalue { ptr, ptr } %15, 1
  %20 = icmp eq ptr %16, %17
  %21 = icmp eq ptr %16, null
  %22 = xor i1 %21, true
  %23 = and i1 %20, %22
  br i1 %23, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %slice.next
  %24 = getelementptr i8, ptr %16, i64 24
  %25 = load ptr, ptr %24, align 8
  %26 = icmp eq ptr %25, null
  br i1 %26, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %16)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %27 = getelementptr i8, ptr %16, i64 23
  %28 = load i8, ptr %27, align 1
  %29 = and i8 %28, 32
  %30 = icmp ne i8 %29, 0
  %31 = icmp eq ptr %18, %19
  br i1 %30, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %32 = getelementptr i8, ptr %16, i64 32
  %33 = load ptr, ptr %32, align 8
  %34 = call i1 %25(ptr %18, ptr %19, ptr %33)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %slice.next
  %35 = phi i1 [ %20, %slice.next ], [ %31, %uncomparable.next ], [ %34, %ifaceeq.boxed ]
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %36 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %36

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %37 = load volatile ptr, ptr %spill.t0, align 8
  %38 = load volatile { ptr, ptr }, ptr %37, align 8
  ret { ptr, ptr } %38
}

define void @"main.uncomparable$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %err = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.uncomparable$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  store { ptr, ptr } %2, ptr %err, align 8
  ret void
}

define void @main.main(ptr %context) {
entry:
  %mapkey = alloca { ptr, ptr }, align 8
  %mapkey9 = alloca { ptr, ptr }, align 8
  %mapkey10 = alloca { ptr, ptr }, align 8
  %mapkey13 = alloca { ptr, ptr }, align 8
  %mapkey14 = alloca { ptr, ptr }, align 8
  %mapkey15 = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:[3]int")
  %1 = getelementptr [3 x i64], ptr %0, i64 0, i64 0
  store i64 1, ptr %1, align 8
  %2 = getelementptr [3 x i64], ptr %0, i64 0, i64 1
  store i64 2, ptr %2, align 8
  %3 = getelementptr [3 x i64], ptr %0, i64 0, i64 2
  store i64 3, ptr %3, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 3, i64 3)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %4 = getelementptr i64, ptr %0, i64 0
  %5 = insertvalue { ptr, i64, i64 } undef, ptr %4, 0
  %6 = insertvalue { ptr, i64, i64 } %5, i64 3, 1
  %7 = insertvalue { ptr, i64, i64 } %6, i64 3, 2
  %8 = call { ptr, ptr } @main.index({ ptr, i64, i64 } %7, i64 5, ptr null)
  %9 = call ptr @llgo_newobject(ptr @"type:[3]int")
  %10 = getelementptr [3 x i64], ptr %9, i64 0, i64 0
  store i64 1, ptr %10, align 8
  %11 = getelementptr [3 x i64], ptr %9, i64 0, i64 1
  store i64 2, ptr %11, align 8
  %12 = getelementptr [3 x i64], ptr %9, i64 0, i64 2
  store i64 3, ptr %12, align 8
  br i1 false, label %slice.fail1, label %slice.next2

slice.fail1:                                      ; preds = %slice.next
  call void @llgo_panicslicelen(i64 0, i64 3, i64 3)
  unreachable

slice.next2:                                      ; preds = %slice.next
  %13 = getelementptr i64, ptr %9, i64 0
  %14 = insertvalue { ptr, i64, i64 } undef, ptr %13, 0
  %15 = insertvalue { ptr, i64, i64 } %14, i64 3, 1
  %16 = insertvalue { ptr, i64, i64 } %15, i64 3, 2
  %17 = call { ptr, ptr } @main.index({ ptr, i64, i64 } %16, i64 5, ptr null)
  %18 = call ptr @llgo_newobject(ptr @"type:[1]int")
  %19 = getelementptr [1 x i64], ptr %18, i64 0, i64 0
  store i64 1, ptr %19, align 8
  br i1 false, label %slice.fail3, label %slice.next4

slice.fail3:                                      ; preds = %slice.next2
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next4:                                      ; preds = %slice.next2
  %20 = getelementptr i64, ptr %18, i64 0
  %21 = insertvalue { ptr, i64, i64 } undef, ptr %20, 0
  %22 = insertvalue { ptr, i64, i64 } %21, i64 1, 1
  %23 = insertvalue { ptr, i64, i64 } %22, i64 1, 2
  %24 = call { ptr, ptr } @main.index({ ptr, i64, i64 } %23, i64 5, ptr null)
  %25 = call { ptr, ptr } @main.divide(i64 1, i64 0, ptr null)
  %26 = call { ptr, ptr } @main.divide(i64 2, i64 0, ptr null)
  %27 = call { ptr, ptr } @main.nilMap(ptr null)
  %28 = call { ptr, ptr } @main.nilMap(ptr null)
  %29 = call { ptr, ptr } @main.uncomparable(ptr null)
  %30 = call { ptr, ptr } @main.uncomparable(ptr null)
  %31 = call ptr @llgo_newobject(ptr @"type:[9]interface{}")
  %32 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 0
  store { ptr, ptr } %8, ptr %32, align 8
  %33 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 1
  store { ptr, ptr } %17, ptr %33, align 8
  %34 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 2
  store { ptr, ptr } %24, ptr %34, align 8
  %35 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 3
  store { ptr, ptr } %25, ptr %35, align 8
  %36 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 4
  store { ptr, ptr } %26, ptr %36, align 8
  %37 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 5
  store { ptr, ptr } %27, ptr %37, align 8
  %38 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 6
  store { ptr, ptr } %28, ptr %38, align 8
  %39 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 7
  store { ptr, ptr } %29, ptr %39, align 8
  %40 = getelementptr [9 x { ptr, ptr }], ptr %31, i64 0, i64 8
  store { ptr, ptr } %30, ptr %40, align 8
  br i1 false, label %slice.fail5, label %slice.next6

slice.fail5:                                      ; preds = %slice.next4
  call void @llgo_panicslicelen(i64 0, i64 9, i64 9)
  unreachable

slice.next6:                                      ; preds = %slice.next4
  %41 = getelementptr { ptr, ptr }, ptr %31, i64 0
  %42 = insertvalue { ptr, i64, i64 } undef, ptr %41, 0
  %43 = insertvalue { ptr, i64, i64 } %42, i64 9, 1
  %44 = insertvalue { ptr, i64, i64 } %43, i64 9, 2
  %45 = call ptr @llgo_makemap(ptr @"type:map[interface{}]int", i64 0)
  %46 = extractvalue { ptr, i64, i64 } %44, 1
  br label %"1.rangeindex.loop"

"1.rangeindex.loop":                              ; preds = %ifaceeq.done22, %slice.next6
  %47 = phi i64 [ -1, %slice.next6 ], [ %48, %ifaceeq.done22 ]
  %48 = add i64 %47, 1
  %49 = icmp slt i64 %48, %46
  br i1 %49, label %"2.rangeindex.body", label %"3.rangeindex.done"

"3.rangeindex.done":                              ; preds = %"1.rangeindex.loop"
  %50 = call i64 @llgo_maplen(ptr %45)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %50)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %51 = extractvalue { ptr, i64, i64 } %44, 1
  %52 = icmp uge i64 3, %51
  br i1 %52, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"3.rangeindex.done"
  call void @llgo_panicindex(i64 3, i64 %51)
  unreachable

bounds.next:                                      ; preds = %"3.rangeindex.done"
  %53 = extractvalue { ptr, i64, i64 } %44, 0
  %54 = getelementptr { ptr, ptr }, ptr %53, i64 3
  %55 = load { ptr, ptr }, ptr %54, align 8
  store { ptr, ptr } %55, ptr %mapkey, align 8
  call void @llgo_mapdelete(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey)
  %56 = call i64 @llgo_maplen(ptr %45)
  %57 = call { ptr, ptr } @main.divide(i64 5, i64 0, ptr null)
  %58 = call ptr @llgo_newobject(ptr @"type:[3]int")
  %59 = getelementptr [3 x i64], ptr %58, i64 0, i64 0
  store i64 1, ptr %59, align 8
  %60 = getelementptr [3 x i64], ptr %58, i64 0, i64 1
  store i64 2, ptr %60, align 8
  %61 = getelementptr [3 x i64], ptr %58, i64 0, i64 2
  store i64 3, ptr %61, align 8
  br i1 false, label %slice.fail7, label %slice.next8

slice.fail7:                                      ; preds = %bounds.next
  call void @llgo_panicslicelen(i64 0, i64 3, i64 3)
  unreachable

slice.next8:                                      ; preds = %bounds.next
  %62 = getelementptr i64, ptr %58, i64 0
  %63 = insertvalue { ptr, i64, i64 } undef, ptr %62, 0
  %64 = insertvalue { ptr, i64, i64 } %63, i64 3, 1
  %65 = insertvalue { ptr, i64, i64 } %64, i64 3, 2
  %66 = call { ptr, ptr } @main.index({ ptr, i64, i64 } %65, i64 5, ptr null)
  store { ptr, ptr } %57, ptr %mapkey9, align 8
  %67 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey9)
  %68 = icmp ne ptr %67, null
  %69 = select i1 %68, ptr %67, ptr @"zero:int"
  %70 = load i64, ptr %69, align 8
  store { ptr, ptr } %66, ptr %mapkey10, align 8
  %71 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey10)
  %72 = icmp ne ptr %71, null
  %73 = select i1 %72, ptr %71, ptr @"zero:int"
  %74 = load i64, ptr %73, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %56)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %70)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %74)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"2.rangeindex.body":                              ; preds = %"1.rangeindex.loop"
  %75 = extractvalue { ptr, i64, i64 } %44, 1
  %76 = icmp uge i64 %48, %75
  br i1 %76, label %bounds.fail11, label %bounds.next12

bounds.fail11:                                    ; preds = %"2.rangeindex.body"
  call void @llgo_panicindex(i64 %48, i64 %75)
  unreachable

bounds.next12:                                    ; preds = %"2.rangeindex.body"
  %77 = extractvalue { ptr, i64, i64 } %44, 0
  %78 = getelementptr { ptr, ptr }, ptr %77, i64 %48
  %79 = load { ptr, ptr }, ptr %78, align 8
  store { ptr, ptr } %79, ptr %mapkey13, align 8
  %80 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey13)
  %81 = icmp ne ptr %80, null
  %82 = select i1 %81, ptr %80, ptr @"zero:int"
  %83 = load i64, ptr %82, align 8
  %84 = add i64 %83, 1
  store { ptr, ptr } %79, ptr %mapkey14, align 8
  %85 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey14)
  store i64 %84, ptr %85, align 8
  store { ptr, ptr } %79, ptr %mapkey15, align 8
  %86 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %45, ptr %mapkey15)
  %87 = icmp ne ptr %86, null
  %88 = select i1 %87, ptr %86, ptr @"zero:int"
  %89 = load i64, ptr %88, align 8
  %90 = extractvalue { ptr, i64, i64 } %44, 1
  %91 = icmp uge i64 0, %90
  br i1 %91, label %bounds.fail16, label %bounds.next17

bounds.fail16:                                    ; preds = %bounds.next12
  call void @llgo_panicindex(i64 0, i64 %90)
  unreachable

bounds.next17:                                    ; preds = %bounds.next12
  %92 = extractvalue { ptr, i64, i64 } %44, 0
  %93 = getelementptr { ptr, ptr }, ptr %92, i64 0
  %94 = load { ptr, ptr }, ptr %93, align 8
  %95 = extractvalue { ptr, ptr } %79, 0
  %96 = extractvalue { ptr, ptr } %94, 0
  %97 = extractvalue { ptr, ptr } %79, 1
  %98 = extractvalue { ptr, ptr } %94, 1
  %99 = icmp eq ptr %95, %96
  %100 = icmp eq ptr %95, null
  %101 = xor i1 %100, true
  %102 = and i1 %99, %101
  br i1 %102, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %bounds.next17
  %103 = getelementptr i8, ptr %95, i64 24
  %104 = load ptr, ptr %103, align 8
  %105 = icmp eq ptr %104, null
  br i1 %105, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %95)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %106 = getelementptr i8, ptr %95, i64 23
  %107 = load i8, ptr %106, align 1
  %108 = and i8 %107, 32
  %109 = icmp ne i8 %108, 0
  %110 = icmp eq ptr %97, %98
  br i1 %109, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %111 = getelementptr i8, ptr %95, i64 32
  %112 = load ptr, ptr %111, align 8
  %113 = call i1 %104(ptr %97, ptr %98, ptr %112)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %bounds.next17
  %114 = phi i1 [ %99, %bounds.next17 ], [ %110, %uncomparable.next ], [ %113, %ifaceeq.boxed ]
  %115 = extractvalue { ptr, i64, i64 } %44, 1
  %116 = icmp uge i64 3, %115
  br i1 %116, label %bounds.fail18, label %bounds.next19

bounds.fail18:                                    ; preds = %ifaceeq.done
  call void @llgo_panicindex(i64 3, i64 %115)
  unreachable

bounds.next19:                                    ; preds = %ifaceeq.done
  %117 = extractvalue { ptr, i64, i64 } %44, 0
  %118 = getelementptr { ptr, ptr }, ptr %117, i64 3
  %119 = load { ptr, ptr }, ptr %118, align 8
  %120 = extractvalue { ptr, ptr } %79, 0
  %121 = extractvalue { ptr, ptr } %119, 0
  %122 = extractvalue { ptr, ptr } %79, 1
  %123 = extractvalue { ptr, ptr } %119, 1
  %124 = icmp eq ptr %120, %121
  %125 = icmp eq ptr %120, null
  %126 = xor i1 %125, true
  %127 = and i1 %124, %126
  br i1 %127, label %ifaceeq.values20, label %ifaceeq.done22

ifaceeq.values20:                                 ; preds = %bounds.next19
  %128 = getelementptr i8, ptr %120, i64 24
  %129 = load ptr, ptr %128, align 8
  %130 = icmp eq ptr %129, null
  br i1 %130, label %uncomparable.fail23, label %uncomparable.next24

uncomparable.fail23:                              ; preds = %ifaceeq.values20
  call void @llgo_panicuncomparable(ptr %120)
  unreachable

uncomparable.next24:                              ; preds = %ifaceeq.values20
  %131 = getelementptr i8, ptr %120, i64 23
  %132 = load i8, ptr %131, align 1
  %133 = and i8 %132, 32
  %134 = icmp ne i8 %133, 0
  %135 = icmp eq ptr %122, %123
  br i1 %134, label %ifaceeq.done22, label %ifaceeq.boxed21

ifaceeq.boxed21:                                  ; preds = %uncomparable.next24
  %136 = getelementptr i8, ptr %120, i64 32
  %137 = load ptr, ptr %136, align 8
  %138 = call i1 %129(ptr %122, ptr %123, ptr %137)
  br label %ifaceeq.done22

ifaceeq.done22:                                   ; preds = %ifaceeq.boxed21, %uncomparable.next24, %bounds.next19
  %139 = phi i1 [ %124, %bounds.next19 ], [ %135, %uncomparable.next24 ], [ %138, %ifaceeq.boxed21 ]
  call void @llgo_printlock()
  call void @llgo_printint(i64 %48)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %89)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %114)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %139)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.rangeindex.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

declare ptr @llgo_newobject(ptr)

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

declare ptr @llgo_alloc(i64)

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
declare void @llgo_panicnilderef() #0

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

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

define internal void @"main.nilMap$defer1"(ptr %0) {
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

declare ptr @llgo_mapassign(ptr, ptr, ptr)

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

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_strhash(ptr, i64)

define internal void @"main.uncomparable$defer1"(ptr %0) {
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

define linkonce_odr i1 @"eq:[0]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [0 x i64], ptr %0, align 8
  %4 = load [0 x i64], ptr %1, align 8
  ret i1 true
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

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

define linkonce_odr i1 @"eq:[9]interface{}"(ptr %0, ptr %1, ptr %2) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %6, %eq.next ]
  %3 = getelementptr { ptr, ptr }, ptr %0, i64 %i
  %4 = getelementptr { ptr, ptr }, ptr %1, i64 %i
  %5 = call i1 @"eq:interface{}"(ptr %3, ptr %4, ptr null)
  br i1 %5, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %6 = add i64 %i, 1
  %7 = icmp ult i64 %6, 9
  br i1 %7, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

declare ptr @llgo_makemap(ptr, i64)

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_nilinterhash(ptr, i64)

declare i64 @llgo_maplen(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_mapdelete(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
