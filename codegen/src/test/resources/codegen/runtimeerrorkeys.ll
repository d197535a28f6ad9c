; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@"type:map[string]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str.1, i64 14 }, i64 8, i64 8, i32 -1123715705, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:string", i8 16, i8 8, i16 0, i32 12 }, align 8
@.str.1 = private unnamed_addr constant [14 x i8] c"map[string]int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.2 = private unnamed_addr constant [6 x i8] c"string", align 1
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.3, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.4 = private unnamed_addr constant [1 x i8] c"a", align 1
@"type:[0]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[0]int", { ptr, i64 } { ptr @.str.5, i64 6 }, i64 0, i64 0, i32 -885519750, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[0]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 0 }, align 8
@.str.5 = private unnamed_addr constant [6 x i8] c"[0]int", align 1
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.6, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.6 = private unnamed_addr constant [5 x i8] c"[]int", align 1
@"type:[3]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[3]int", { ptr, i64 } { ptr @.str.7, i64 6 }, i64 24, i64 0, i32 651278603, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[3]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 3 }, align 8
@.str.7 = private unnamed_addr constant [6 x i8] c"[3]int", align 1
@"type:[1]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[1]int", { ptr, i64 } { ptr @.str.8, i64 6 }, i64 8, i64 0, i32 -1725417395, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[1]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 1 }, align 8
@.str.8 = private unnamed_addr constant [6 x i8] c"[1]int", align 1
@"type:[9]interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[9]interface{}", { ptr, i64 } { ptr @.str.9, i64 15 }, i64 144, i64 144, i32 46370467, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[9]interface{}", ptr @"gcbits:ffff03", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]interface{}", i64 24), i64 9 }, align 8
@.str.9 = private unnamed_addr constant [15 x i8] c"[9]interface {}", align 1
@"gcbits:ffff03" = linkonce_odr constant [3 x i8] c"\FF\FF\03"
@"type:[]interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.10, i64 14 }, i64 24, i64 8, i32 -1397013356, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24) }, align 8
@.str.10 = private unnamed_addr constant [14 x i8] c"[]interface {}", align 1
@"type:map[interface{}]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str.11, i64 20 }, i64 8, i64 8, i32 797816425, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:interface{}", i8 16, i8 8, i16 0, i32 24 }, align 8
@.str.11 = private unnamed_addr constant [20 x i8] c"map[interface {}]int", align 1
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
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %mapkey, align 8
  %9 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr null, ptr %mapkey)
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
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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
  %9 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[0]int", i64 24))
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 0, i64 0)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %10 = getelementptr i64, ptr %9, i64 0
  %11 = insertvalue { ptr, i64, i64 } undef, ptr %10, 0
  %12 = insertvalue { ptr, i64, i64 } %11, i64 0, 1
  %13 = insertvalue { ptr, i64, i64 } %12, i64 0, 2
  %14 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24))
  store { ptr, i64, i64 } %13, ptr %14, align 8
  %15 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %14, 1
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
  %32 = call i1 %25(ptr %18, ptr %19)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %slice.next
  %33 = phi i1 [ %20, %slice.next ], [ %31, %uncomparable.next ], [ %32, %ifaceeq.boxed ]
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %34 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %34

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %35 = load volatile ptr, ptr %spill.t0, align 8
  %36 = load volatile { ptr, ptr }, ptr %35, align 8
  ret { ptr, ptr } %36
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
  %0 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[3]int", i64 24))
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
  %9 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[3]int", i64 24))
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
  %18 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[1]int", i64 24))
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
  %31 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[9]interface{}", i64 24))
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
  %45 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), i64 0)
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
  call void @llgo_mapdelete(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey)
  %56 = call i64 @llgo_maplen(ptr %45)
  %57 = call { ptr, ptr } @main.divide(i64 5, i64 0, ptr null)
  %58 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[3]int", i64 24))
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
  %67 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey9)
  %68 = icmp ne ptr %67, null
  %69 = select i1 %68, ptr %67, ptr @"zero:int"
  %70 = load i64, ptr %69, align 8
  store { ptr, ptr } %66, ptr %mapkey10, align 8
  %71 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey10)
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
  %80 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey13)
  %81 = icmp ne ptr %80, null
  %82 = select i1 %81, ptr %80, ptr @"zero:int"
  %83 = load i64, ptr %82, align 8
  %84 = add i64 %83, 1
  store { ptr, ptr } %79, ptr %mapkey14, align 8
  %85 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey14)
  store i64 %84, ptr %85, align 8
  store { ptr, ptr } %79, ptr %mapkey15, align 8
  %86 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %45, ptr %mapkey15)
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
  %111 = call i1 %104(ptr %97, ptr %98)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %bounds.next17
  %112 = phi i1 [ %99, %bounds.next17 ], [ %110, %uncomparable.next ], [ %111, %ifaceeq.boxed ]
  %113 = extractvalue { ptr, i64, i64 } %44, 1
  %114 = icmp uge i64 3, %113
  br i1 %114, label %bounds.fail18, label %bounds.next19

bounds.fail18:                                    ; preds = %ifaceeq.done
  call void @llgo_panicindex(i64 3, i64 %113)
  unreachable

bounds.next19:                                    ; preds = %ifaceeq.done
  %115 = extractvalue { ptr, i64, i64 } %44, 0
  %116 = getelementptr { ptr, ptr }, ptr %115, i64 3
  %117 = load { ptr, ptr }, ptr %116, align 8
  %118 = extractvalue { ptr, ptr } %79, 0
  %119 = extractvalue { ptr, ptr } %117, 0
  %120 = extractvalue { ptr, ptr } %79, 1
  %121 = extractvalue { ptr, ptr } %117, 1
  %122 = icmp eq ptr %118, %119
  %123 = icmp eq ptr %118, null
  %124 = xor i1 %123, true
  %125 = and i1 %122, %124
  br i1 %125, label %ifaceeq.values20, label %ifaceeq.done22

ifaceeq.values20:                                 ; preds = %bounds.next19
  %126 = getelementptr i8, ptr %118, i64 24
  %127 = load ptr, ptr %126, align 8
  %128 = icmp eq ptr %127, null
  br i1 %128, label %uncomparable.fail23, label %uncomparable.next24

uncomparable.fail23:                              ; preds = %ifaceeq.values20
  call void @llgo_panicuncomparable(ptr %118)
  unreachable

uncomparable.next24:                              ; preds = %ifaceeq.values20
  %129 = getelementptr i8, ptr %118, i64 23
  %130 = load i8, ptr %129, align 1
  %131 = and i8 %130, 32
  %132 = icmp ne i8 %131, 0
  %133 = icmp eq ptr %120, %121
  br i1 %132, label %ifaceeq.done22, label %ifaceeq.boxed21

ifaceeq.boxed21:                                  ; preds = %uncomparable.next24
  %134 = call i1 %127(ptr %120, ptr %121)
  br label %ifaceeq.done22

ifaceeq.done22:                                   ; preds = %ifaceeq.boxed21, %uncomparable.next24, %bounds.next19
  %135 = phi i1 [ %122, %bounds.next19 ], [ %133, %uncomparable.next24 ], [ %134, %ifaceeq.boxed21 ]
  call void @llgo_printlock()
  call void @llgo_printint(i64 %48)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %89)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %112)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %135)
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

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_nilinterhash(ptr, i64)

define linkonce_odr i1 @"eq:interface{}"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, ptr }, ptr %0, align 8
  %3 = load { ptr, ptr }, ptr %1, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = icmp eq ptr %4, %5
  %9 = icmp eq ptr %4, null
  %10 = xor i1 %9, true
  %11 = and i1 %8, %10
  br i1 %11, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %entry
  %12 = getelementptr i8, ptr %4, i64 24
  %13 = load ptr, ptr %12, align 8
  %14 = icmp eq ptr %13, null
  br i1 %14, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %4)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %15 = getelementptr i8, ptr %4, i64 23
  %16 = load i8, ptr %15, align 1
  %17 = and i8 %16, 32
  %18 = icmp ne i8 %17, 0
  %19 = icmp eq ptr %6, %7
  br i1 %18, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %20 = call i1 %13(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %21 = phi i1 [ %8, %entry ], [ %19, %uncomparable.next ], [ %20, %ifaceeq.boxed ]
  ret i1 %21
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

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_strhash(ptr, i64)

define linkonce_odr i1 @"eq:string"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, i64 }, ptr %0, align 8
  %3 = load { ptr, i64 }, ptr %1, align 8
  %4 = extractvalue { ptr, i64 } %2, 0
  %5 = extractvalue { ptr, i64 } %2, 1
  %6 = extractvalue { ptr, i64 } %3, 0
  %7 = extractvalue { ptr, i64 } %3, 1
  %8 = call i1 @llgo_eqstring(ptr %4, i64 %5, ptr %6, i64 %7)
  ret i1 %8
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

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

define linkonce_odr i64 @"hash:[0]int"(ptr %0, i64 %1) {
entry:
  ret i64 %1
}

define linkonce_odr i1 @"eq:[0]int"(ptr %0, ptr %1) {
entry:
  %2 = load [0 x i64], ptr %0, align 8
  %3 = load [0 x i64], ptr %1, align 8
  ret i1 true
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

define linkonce_odr i64 @"hash:[3]int"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr i64, ptr %0, i64 %i
  %3 = call i64 @"hash:int"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 3
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[3]int"(ptr %0, ptr %1) {
entry:
  %2 = load [3 x i64], ptr %0, align 8
  %3 = load [3 x i64], ptr %1, align 8
  %4 = extractvalue [3 x i64] %2, 0
  %5 = extractvalue [3 x i64] %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue [3 x i64] %2, 1
  %9 = extractvalue [3 x i64] %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  %12 = extractvalue [3 x i64] %2, 2
  %13 = extractvalue [3 x i64] %3, 2
  %14 = icmp eq i64 %12, %13
  %15 = and i1 %11, %14
  ret i1 %15
}

define linkonce_odr i64 @"hash:[1]int"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr i64, ptr %0, i64 %i
  %3 = call i64 @"hash:int"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[1]int"(ptr %0, ptr %1) {
entry:
  %2 = load [1 x i64], ptr %0, align 8
  %3 = load [1 x i64], ptr %1, align 8
  %4 = extractvalue [1 x i64] %2, 0
  %5 = extractvalue [1 x i64] %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  ret i1 %7
}

define linkonce_odr i64 @"hash:[9]interface{}"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr { ptr, ptr }, ptr %0, i64 %i
  %3 = call i64 @"hash:interface{}"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 9
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[9]interface{}"(ptr %0, ptr %1) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %eq.next ]
  %2 = getelementptr { ptr, ptr }, ptr %0, i64 %i
  %3 = getelementptr { ptr, ptr }, ptr %1, i64 %i
  %4 = call i1 @"eq:interface{}"(ptr %2, ptr %3)
  br i1 %4, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 9
  br i1 %6, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

declare ptr @llgo_makemap(ptr, i64)

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
