; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.S = type { { ptr, i64, i64 } }

@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str = private unnamed_addr constant [8 x i8] c"panicked", align 1
@"name:0:*map[string]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[string]int", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1123715705, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"ptr", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"map", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"nil map", align 1
@"name:0:*[1]int" = linkonce_odr constant [9 x i8] c"\00\07*[1]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[1]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1725417395, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 1 }, section "llgo_types", align 8
@.str.5 = private unnamed_addr constant [5 x i8] c"slice", align 1
@"name:0:*func()" = linkonce_odr constant [9 x i8] c"\00\07*func()", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:func()" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [0 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1386840404, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 0, i32 0, [0 x ptr] zeroinitializer }, section "llgo_types", align 8
@.str.6 = private unnamed_addr constant [4 x i8] c"func", align 1
@"name:1:*main.S" = linkonce_odr constant [9 x i8] c"\01\07*main.S", align 1
@"type:*main.S" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1291200389, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.S", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.S" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.S" }, section "llgo_types", align 8
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:s" = linkonce_odr constant [3 x i8] c"\00\01s", align 1
@"name:0:*[]uint8" = linkonce_odr constant [10 x i8] c"\00\08*[]uint8", align 1
@"name:0:*uint8" = linkonce_odr constant [8 x i8] c"\00\06*uint8", align 1
@"type:*uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1311927363, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*uint8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8" }, section "llgo_types", align 8
@"type:uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1859498347, i8 15, i8 1, i8 1, i8 8, { ptr, ptr } { ptr @"eq:uint8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:[]uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -2053608181, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8" }, section "llgo_types", align 8
@"type:main.S" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -2029082173, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.S" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.S" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.S", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:s", ptr @"type:[]uint8", i64 0 }] }, section "llgo_types", align 8
@.str.7 = private unnamed_addr constant [6 x i8] c"struct", align 1
@.str.8 = private unnamed_addr constant [15 x i8] c"different types", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"nil and map", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"map and nil", align 1
@.str.11 = private unnamed_addr constant [1 x i8] c"a", align 1

define void @main.compare({ ptr, i64 } %name, { ptr, ptr } %x, { ptr, ptr } %y, ptr %context) {
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
  %26 = getelementptr i8, ptr %10, i64 32
  %27 = load ptr, ptr %26, align 8
  %28 = call i1 %19(ptr %12, ptr %13, ptr %27)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %29 = phi i1 [ %14, %"0.entry" ], [ %25, %uncomparable.next ], [ %28, %ifaceeq.boxed ]
  call void @llgo_printlock()
  %30 = extractvalue { ptr, i64 } %9, 0
  %31 = extractvalue { ptr, i64 } %9, 1
  call void @llgo_printstring(ptr %30, i64 %31)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %29)
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
  call void @llgo_printstring(ptr @.str, i64 8)
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
  %0 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 0)
  %1 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %1, align 8
  %2 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %1, 1
  %3 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %3, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.1, i64 3 }, { ptr, ptr } %2, { ptr, ptr } %4, ptr null)
  call void @main.compare({ ptr, i64 } { ptr @.str.2, i64 3 }, { ptr, ptr } { ptr @"type:*int", ptr null }, { ptr, ptr } { ptr @"type:*int", ptr null }, ptr null)
  %5 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  %6 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.3, i64 3 }, { ptr, ptr } %5, { ptr, ptr } %6, ptr null)
  call void @main.compare({ ptr, i64 } { ptr @.str.4, i64 7 }, { ptr, ptr } { ptr @"type:map[string]int", ptr null }, { ptr, ptr } { ptr @"type:map[string]int", ptr null }, ptr null)
  %7 = call ptr @llgo_newobject(ptr @"type:[1]int")
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
  %13 = call ptr @llgo_newobject(ptr @"type:[1]int")
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
  %19 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %12, ptr %19, align 8
  %20 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %19, 1
  %21 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %18, ptr %21, align 8
  %22 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %21, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.5, i64 5 }, { ptr, ptr } %20, { ptr, ptr } %22, ptr null)
  %23 = call ptr @llgo_newobject(ptr @"type:func()")
  store { ptr, ptr } zeroinitializer, ptr %23, align 8
  %24 = insertvalue { ptr, ptr } { ptr @"type:func()", ptr undef }, ptr %23, 1
  %25 = call ptr @llgo_newobject(ptr @"type:func()")
  store { ptr, ptr } zeroinitializer, ptr %25, align 8
  %26 = insertvalue { ptr, ptr } { ptr @"type:func()", ptr undef }, ptr %25, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.6, i64 4 }, { ptr, ptr } %24, { ptr, ptr } %26, ptr null)
  store %main.S zeroinitializer, ptr %complit, align 8
  %27 = load %main.S, ptr %complit, align 8
  store %main.S zeroinitializer, ptr %complit3, align 8
  %28 = load %main.S, ptr %complit3, align 8
  %29 = call ptr @llgo_newobject(ptr @"type:main.S")
  store %main.S %27, ptr %29, align 8
  %30 = insertvalue { ptr, ptr } { ptr @"type:main.S", ptr undef }, ptr %29, 1
  %31 = call ptr @llgo_newobject(ptr @"type:main.S")
  store %main.S %28, ptr %31, align 8
  %32 = insertvalue { ptr, ptr } { ptr @"type:main.S", ptr undef }, ptr %31, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.7, i64 6 }, { ptr, ptr } %30, { ptr, ptr } %32, ptr null)
  %33 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  %34 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %34, align 8
  %35 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %34, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.8, i64 15 }, { ptr, ptr } %33, { ptr, ptr } %35, ptr null)
  %36 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.9, i64 11 }, { ptr, ptr } zeroinitializer, { ptr, ptr } %36, ptr null)
  %37 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  call void @main.compare({ ptr, i64 } { ptr @.str.10, i64 11 }, { ptr, ptr } %37, { ptr, ptr } zeroinitializer, ptr null)
  %38 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 1)
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %mapkey, align 8
  %39 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %38, ptr %mapkey)
  store i64 1, ptr %39, align 8
  %40 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %38, 1
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
  %57 = getelementptr i8, ptr %41, i64 32
  %58 = load ptr, ptr %57, align 8
  %59 = call i1 %50(ptr %43, ptr %44, ptr %58)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %slice.next2
  %60 = phi i1 [ %45, %slice.next2 ], [ %56, %uncomparable.next ], [ %59, %ifaceeq.boxed ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %60)
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

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

define linkonce_odr i1 @"eq:*main.S"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*uint8"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:uint8"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i8, ptr %0, align 1
  %4 = load i8, ptr %1, align 1
  %5 = icmp eq i8 %3, %4
  ret i1 %5
}

declare ptr @llgo_mapassign(ptr, ptr, ptr)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
