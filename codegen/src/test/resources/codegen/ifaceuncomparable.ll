; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.S = type { { ptr, i64, i64 } }

@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.str.1 = private unnamed_addr constant [8 x i8] c"panicked", align 1
@"type:map[string]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str.2, i64 14 }, i64 8, i64 8, i32 -1123715705, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:string", i8 16, i8 8, i16 0, i32 12 }, align 8
@.str.2 = private unnamed_addr constant [14 x i8] c"map[string]int", align 1
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.3, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:*int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr @"hash:*int", { ptr, i64 } { ptr @.str.4, i64 4 }, i64 8, i64 8, i32 2118210166, i8 0, i8 8, i8 8, i8 54, ptr @"eq:*int", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.4 = private unnamed_addr constant [4 x i8] c"*int", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"ptr", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"map", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"nil map", align 1
@"type:[1]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[1]int", { ptr, i64 } { ptr @.str.8, i64 6 }, i64 8, i64 0, i32 -1725417395, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[1]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 1 }, align 8
@.str.8 = private unnamed_addr constant [6 x i8] c"[1]int", align 1
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.9, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.9 = private unnamed_addr constant [5 x i8] c"[]int", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"slice", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.11, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.11 = private unnamed_addr constant [6 x i8] c"func()", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.str.12 = private unnamed_addr constant [4 x i8] c"func", align 1
@"type:main.S" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.13, i64 6 }, i64 24, i64 8, i32 -2029082173, i8 0, i8 8, i8 8, i8 25, ptr null, ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.13 = private unnamed_addr constant [6 x i8] c"main.S", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"struct", align 1
@.str.15 = private unnamed_addr constant [15 x i8] c"different types", align 1
@.str.16 = private unnamed_addr constant [11 x i8] c"nil and map", align 1
@.str.17 = private unnamed_addr constant [11 x i8] c"map and nil", align 1
@.str.18 = private unnamed_addr constant [1 x i8] c"a", align 1

define void @main.compare({ ptr, i64 } %name, { ptr, ptr } %x, { ptr, ptr } %y, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %name, ptr %2, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.compare$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.compare$defer1", ptr %6, ptr %8)
  %9 = load { ptr, i64 }, ptr %2, align 8
  %10 = extractvalue { ptr, ptr } %x, 0
  %11 = extractvalue { ptr, ptr } %y, 0
  %12 = extractvalue { ptr, ptr } %x, 1
  %13 = extractvalue { ptr, ptr } %y, 1
  %14 = icmp eq ptr %10, %11
  %15 = icmp eq ptr %10, null
  %16 = xor i1 %15, true
  %17 = and i1 %14, %16
  br i1 %17, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %18 = getelementptr i8, ptr %10, i64 24
  %19 = load ptr, ptr %18, align 8
  %20 = icmp eq ptr %19, null
  br i1 %20, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %10)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %21 = getelementptr i8, ptr %10, i64 23
  %22 = load i8, ptr %21, align 1
  %23 = and i8 %22, 32
  %24 = icmp ne i8 %23, 0
  %25 = icmp eq ptr %12, %13
  br i1 %24, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %26 = call i1 %19(ptr %12, ptr %13)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %27 = phi i1 [ %14, %"0.entry" ], [ %25, %uncomparable.next ], [ %26, %ifaceeq.boxed ]
  call void @llgo_printlock()
  %28 = extractvalue { ptr, i64 } %9, 0
  %29 = extractvalue { ptr, i64 } %9, 1
  call void @llgo_printstring(ptr %28, i64 %29)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %27)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.compare$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %name = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.compare$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  %5 = xor i1 %4, true
  br i1 %5, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %6 = load { ptr, i64 }, ptr %name, align 8
  call void @llgo_printlock()
  %7 = extractvalue { ptr, i64 } %6, 0
  %8 = extractvalue { ptr, i64 } %6, 1
  call void @llgo_printstring(ptr %7, i64 %8)
  call void @llgo_printsp()
  call void @llgo_printstring(ptr @.str.1, i64 8)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  ret void
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.S, align 8
  %complit3 = alloca %main.S, align 8
  %mapkey = alloca { ptr, i64 }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), i64 0)
  %1 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %1, align 8
  %2 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %1, 1
  %3 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %3, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.3, i64 3 }, { ptr, ptr } %2, { ptr, ptr } %4, ptr null)
  call void @main.compare({ ptr, i64 } { ptr @.str.5, i64 3 }, { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*int", i64 24), ptr null }, { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*int", i64 24), ptr null }, ptr null)
  %5 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %0, 1
  %6 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.6, i64 3 }, { ptr, ptr } %5, { ptr, ptr } %6, ptr null)
  call void @main.compare({ ptr, i64 } { ptr @.str.7, i64 7 }, { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr null }, { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr null }, ptr null)
  %7 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[1]int", i64 24))
  %8 = getelementptr [1 x i64], ptr %7, i64 0, i64 0
  store i64 1, ptr %8, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %9 = getelementptr i64, ptr %7, i64 0
  %10 = insertvalue { ptr, i64, i64 } undef, ptr %9, 0
  %11 = insertvalue { ptr, i64, i64 } %10, i64 1, 1
  %12 = insertvalue { ptr, i64, i64 } %11, i64 1, 2
  %13 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[1]int", i64 24))
  %14 = getelementptr [1 x i64], ptr %13, i64 0, i64 0
  store i64 1, ptr %14, align 8
  br i1 false, label %slice.fail1, label %slice.next2

slice.fail1:                                      ; preds = %slice.next
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next2:                                      ; preds = %slice.next
  %15 = getelementptr i64, ptr %13, i64 0
  %16 = insertvalue { ptr, i64, i64 } undef, ptr %15, 0
  %17 = insertvalue { ptr, i64, i64 } %16, i64 1, 1
  %18 = insertvalue { ptr, i64, i64 } %17, i64 1, 2
  %19 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24))
  store { ptr, i64, i64 } %12, ptr %19, align 8
  %20 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %19, 1
  %21 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24))
  store { ptr, i64, i64 } %18, ptr %21, align 8
  %22 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %21, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.10, i64 5 }, { ptr, ptr } %20, { ptr, ptr } %22, ptr null)
  %23 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24))
  store { ptr, ptr } zeroinitializer, ptr %23, align 8
  %24 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr undef }, ptr %23, 1
  %25 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24))
  store { ptr, ptr } zeroinitializer, ptr %25, align 8
  %26 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr undef }, ptr %25, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.12, i64 4 }, { ptr, ptr } %24, { ptr, ptr } %26, ptr null)
  store %main.S zeroinitializer, ptr %complit, align 8
  %27 = load %main.S, ptr %complit, align 8
  store %main.S zeroinitializer, ptr %complit3, align 8
  %28 = load %main.S, ptr %complit3, align 8
  %29 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.S", i64 24))
  store %main.S %27, ptr %29, align 8
  %30 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.S", i64 24), ptr undef }, ptr %29, 1
  %31 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.S", i64 24))
  store %main.S %28, ptr %31, align 8
  %32 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.S", i64 24), ptr undef }, ptr %31, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.14, i64 6 }, { ptr, ptr } %30, { ptr, ptr } %32, ptr null)
  %33 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %0, 1
  %34 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %34, align 8
  %35 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %34, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.15, i64 15 }, { ptr, ptr } %33, { ptr, ptr } %35, ptr null)
  %36 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.16, i64 11 }, { ptr, ptr } zeroinitializer, { ptr, ptr } %36, ptr null)
  %37 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.17, i64 11 }, { ptr, ptr } %37, { ptr, ptr } zeroinitializer, ptr null)
  %38 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), i64 1)
  store { ptr, i64 } { ptr @.str.18, i64 1 }, ptr %mapkey, align 8
  %39 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr %38, ptr %mapkey)
  store i64 1, ptr %39, align 8
  %40 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:map[string]int", i64 24), ptr undef }, ptr %38, 1
  %41 = extractvalue { ptr, ptr } %40, 0
  %42 = extractvalue { ptr, ptr } %40, 0
  %43 = extractvalue { ptr, ptr } %40, 1
  %44 = extractvalue { ptr, ptr } %40, 1
  %45 = icmp eq ptr %41, %42
  %46 = icmp eq ptr %41, null
  %47 = xor i1 %46, true
  %48 = and i1 %45, %47
  br i1 %48, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %slice.next2
  %49 = getelementptr i8, ptr %41, i64 24
  %50 = load ptr, ptr %49, align 8
  %51 = icmp eq ptr %50, null
  br i1 %51, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %41)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %52 = getelementptr i8, ptr %41, i64 23
  %53 = load i8, ptr %52, align 1
  %54 = and i8 %53, 32
  %55 = icmp ne i8 %54, 0
  %56 = icmp eq ptr %43, %44
  br i1 %55, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %57 = call i1 %50(ptr %43, ptr %44)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %slice.next2
  %58 = phi i1 [ %45, %slice.next2 ], [ %56, %uncomparable.next ], [ %57, %ifaceeq.boxed ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %58)
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

declare ptr @llgo_alloc(i64)

define internal void @"main.compare$defer1"(ptr %0) {
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
declare void @llgo_panicuncomparable(ptr) #0

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

declare ptr @llgo_makemap(ptr, i64)

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

define linkonce_odr i64 @"hash:*int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*int"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
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

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare ptr @llgo_mapassign(ptr, ptr, ptr)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
