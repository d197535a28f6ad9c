; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"main.point\C2\B71" = type { i64, i64 }

@"name:0:*map[string]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[string]int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1123715705, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"b", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"c", align 1
@"zero:int" = private constant i64 0, align 8
@.str.3 = private unnamed_addr constant [2 x i8] c"zz", align 1
@.str.4 = private unnamed_addr constant [1 x i8] c"q", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"nothere", align 1
@.str.6 = private unnamed_addr constant [1 x i8] c"x", align 1
@"zero:string" = private constant { ptr, i64 } zeroinitializer, align 8
@"name:0:*map[int]string" = linkonce_odr constant [17 x i8] c"\00\0F*map[int]string", align 1
@"type:map[int]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 809169271, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[int]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:string", ptr null, { ptr, ptr } { ptr @"hash:int", ptr null }, i8 8, i8 16, i16 0, i32 4 }, section "llgo_types", align 8
@.str.7 = private unnamed_addr constant [3 x i8] c"one", align 1
@"name:0:*map[string][]int" = linkonce_odr constant [19 x i8] c"\00\11*map[string][]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:map[string][]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 886182495, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string][]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 24, i16 0, i32 12 }, section "llgo_types", align 8
@"zero:[]int" = private constant { ptr, i64, i64 } zeroinitializer, align 8
@"name:0:*[2]int" = linkonce_odr constant [9 x i8] c"\00\07*[2]int", align 1
@"type:[2]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -937723424, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 2 }, section "llgo_types", align 8
@"name:0:*[1]int" = linkonce_odr constant [9 x i8] c"\00\07*[1]int", align 1
@"type:[1]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1725417395, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 1 }, section "llgo_types", align 8
@.str.8 = private unnamed_addr constant [4 x i8] c"none", align 1
@"name:0:*map[string]map[string]int" = linkonce_odr constant [28 x i8] c"\00\1A*map[string]map[string]int", align 1
@"type:map[string]map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 445101884, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:map[string]int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str.9 = private unnamed_addr constant [1 x i8] c"y", align 1
@"zero:map[string]int" = private constant ptr null, align 8
@.str.10 = private unnamed_addr constant [1 x i8] c"z", align 1
@.str.11 = private unnamed_addr constant [1 x i8] c"w", align 1
@"name:0:*map[string]*main.point" = linkonce_odr constant [25 x i8] c"\00\17*map[string]*main.point", align 1
@"name:0:*main.point" = linkonce_odr constant [13 x i8] c"\00\0B*main.point", align 1
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:x" = linkonce_odr constant [3 x i8] c"\00\01x", align 1
@"name:0:y" = linkonce_odr constant [3 x i8] c"\00\01y", align 1
@"type:main.point\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -1597127686, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.point\C2\B71", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.point\C2\B71" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.point\C2\B71", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:x", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:y", ptr @"type:int", i64 8 }] }, section "llgo_types", align 8
@"type:*main.point\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1846024174, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.point\C2\B71", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.point\C2\B71" }, section "llgo_types", align 8
@"type:map[string]*main.point\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1640513785, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]*main.point" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:*main.point\C2\B71", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str.12 = private unnamed_addr constant [1 x i8] c"p", align 1
@"zero:*main.point\C2\B71" = private constant ptr null, align 8
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@.str.13 = private unnamed_addr constant [1 x i8] c"d", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"never", align 1

define void @main.main(ptr %context) {
entry:
  %mapkey = alloca { ptr, i64 }, align 8
  %mapkey1 = alloca { ptr, i64 }, align 8
  %mapkey2 = alloca { ptr, i64 }, align 8
  %mapkey3 = alloca { ptr, i64 }, align 8
  %mapkey4 = alloca { ptr, i64 }, align 8
  %mapkey5 = alloca { ptr, i64 }, align 8
  %mapkey6 = alloca { ptr, i64 }, align 8
  %mapkey7 = alloca { ptr, i64 }, align 8
  %mapkey8 = alloca { ptr, i64 }, align 8
  %mapkey9 = alloca { ptr, i64 }, align 8
  %mapkey10 = alloca { ptr, i64 }, align 8
  %mapkey11 = alloca { ptr, i64 }, align 8
  %mapkey12 = alloca { ptr, i64 }, align 8
  %mapkey13 = alloca { ptr, i64 }, align 8
  %mapkey14 = alloca { ptr, i64 }, align 8
  %mapkey15 = alloca { ptr, i64 }, align 8
  %mapkey16 = alloca { ptr, i64 }, align 8
  %mapkey17 = alloca { ptr, i64 }, align 8
  %mapkey18 = alloca { ptr, i64 }, align 8
  %mapkey19 = alloca { ptr, i64 }, align 8
  %mapkey20 = alloca { ptr, i64 }, align 8
  %rangemap = alloca [7 x i64], align 8
  %mapkey21 = alloca i64, align 8
  %mapkey22 = alloca i64, align 8
  %mapkey23 = alloca i64, align 8
  %mapkey24 = alloca { ptr, i64 }, align 8
  %append = alloca { ptr, i64, i64 }, align 8
  %mapkey25 = alloca { ptr, i64 }, align 8
  %mapkey26 = alloca { ptr, i64 }, align 8
  %append31 = alloca { ptr, i64, i64 }, align 8
  %mapkey32 = alloca { ptr, i64 }, align 8
  %mapkey33 = alloca { ptr, i64 }, align 8
  %mapkey34 = alloca { ptr, i64 }, align 8
  %mapkey35 = alloca { ptr, i64 }, align 8
  %mapkey36 = alloca { ptr, i64 }, align 8
  %mapkey37 = alloca { ptr, i64 }, align 8
  %mapkey38 = alloca { ptr, i64 }, align 8
  %mapkey39 = alloca { ptr, i64 }, align 8
  %mapkey40 = alloca { ptr, i64 }, align 8
  %mapkey41 = alloca { ptr, i64 }, align 8
  %mapkey42 = alloca { ptr, i64 }, align 8
  %mapkey43 = alloca { ptr, i64 }, align 8
  %mapkey44 = alloca { ptr, i64 }, align 8
  %mapkey45 = alloca { ptr, i64 }, align 8
  %mapkey46 = alloca { ptr, i64 }, align 8
  %mapkey47 = alloca { ptr, i64 }, align 8
  %mapkey48 = alloca { ptr, i64 }, align 8
  %mapkey49 = alloca { ptr, i64 }, align 8
  %mapkey50 = alloca { ptr, i64 }, align 8
  %mapkey53 = alloca { ptr, i64 }, align 8
  %mapkey56 = alloca { ptr, i64 }, align 8
  %mapkey57 = alloca { ptr, i64 }, align 8
  %mapkey58 = alloca { ptr, i64 }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 2)
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey, align 8
  %1 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey)
  store i64 1, ptr %1, align 8
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey1, align 8
  %2 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey1)
  store i64 2, ptr %2, align 8
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %mapkey2, align 8
  %3 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey2)
  store i64 3, ptr %3, align 8
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey3, align 8
  %4 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey3)
  %5 = icmp ne ptr %4, null
  %6 = select i1 %5, ptr %4, ptr @"zero:int"
  %7 = load i64, ptr %6, align 8
  %8 = add i64 %7, 10
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey4, align 8
  %9 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey4)
  store i64 %8, ptr %9, align 8
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey5, align 8
  %10 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey5)
  %11 = icmp ne ptr %10, null
  %12 = select i1 %11, ptr %10, ptr @"zero:int"
  %13 = load i64, ptr %12, align 8
  %14 = add i64 %13, 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey6, align 8
  %15 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey6)
  store i64 %14, ptr %15, align 8
  %16 = call i64 @llgo_maplen(ptr %0)
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey7, align 8
  %17 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey7)
  %18 = icmp ne ptr %17, null
  %19 = select i1 %18, ptr %17, ptr @"zero:int"
  %20 = load i64, ptr %19, align 8
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey8, align 8
  %21 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey8)
  %22 = icmp ne ptr %21, null
  %23 = select i1 %22, ptr %21, ptr @"zero:int"
  %24 = load i64, ptr %23, align 8
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %mapkey9, align 8
  %25 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey9)
  %26 = icmp ne ptr %25, null
  %27 = select i1 %26, ptr %25, ptr @"zero:int"
  %28 = load i64, ptr %27, align 8
  store { ptr, i64 } { ptr @.str.3, i64 2 }, ptr %mapkey10, align 8
  %29 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey10)
  %30 = icmp ne ptr %29, null
  %31 = select i1 %30, ptr %29, ptr @"zero:int"
  %32 = load i64, ptr %31, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %16)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %20)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %24)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %28)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %32)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey11, align 8
  %33 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey11)
  %34 = icmp ne ptr %33, null
  %35 = select i1 %34, ptr %33, ptr @"zero:int"
  %36 = load i64, ptr %35, align 8
  %37 = insertvalue { i64, i1 } undef, i64 %36, 0
  %38 = insertvalue { i64, i1 } %37, i1 %34, 1
  %39 = extractvalue { i64, i1 } %38, 0
  %40 = extractvalue { i64, i1 } %38, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %39)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %40)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %mapkey12, align 8
  %41 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey12)
  %42 = icmp ne ptr %41, null
  %43 = select i1 %42, ptr %41, ptr @"zero:int"
  %44 = load i64, ptr %43, align 8
  %45 = insertvalue { i64, i1 } undef, i64 %44, 0
  %46 = insertvalue { i64, i1 } %45, i1 %42, 1
  %47 = extractvalue { i64, i1 } %46, 0
  %48 = extractvalue { i64, i1 } %46, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %47)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %48)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey13, align 8
  call void @llgo_mapdelete(ptr @"type:map[string]int", ptr %0, ptr %mapkey13)
  store { ptr, i64 } { ptr @.str.5, i64 7 }, ptr %mapkey14, align 8
  call void @llgo_mapdelete(ptr @"type:map[string]int", ptr %0, ptr %mapkey14)
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey15, align 8
  %49 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey15)
  %50 = icmp ne ptr %49, null
  %51 = select i1 %50, ptr %49, ptr @"zero:int"
  %52 = load i64, ptr %51, align 8
  %53 = insertvalue { i64, i1 } undef, i64 %52, 0
  %54 = insertvalue { i64, i1 } %53, i1 %50, 1
  %55 = extractvalue { i64, i1 } %54, 0
  %56 = extractvalue { i64, i1 } %54, 1
  %57 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %57)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %56)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey16, align 8
  %58 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %0, ptr %mapkey16)
  store i64 20, ptr %58, align 8
  %59 = call i64 @llgo_maplen(ptr %0)
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey17, align 8
  %60 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey17)
  %61 = icmp ne ptr %60, null
  %62 = select i1 %61, ptr %60, ptr @"zero:int"
  %63 = load i64, ptr %62, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %59)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %63)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %64 = call i64 @llgo_maplen(ptr null)
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey18, align 8
  %65 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr null, ptr %mapkey18)
  %66 = icmp ne ptr %65, null
  %67 = select i1 %66, ptr %65, ptr @"zero:int"
  %68 = load i64, ptr %67, align 8
  %69 = icmp eq ptr %0, null
  call void @llgo_printlock()
  call void @llgo_printint(i64 %64)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %68)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %69)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey19, align 8
  %70 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr null, ptr %mapkey19)
  %71 = icmp ne ptr %70, null
  %72 = select i1 %71, ptr %70, ptr @"zero:int"
  %73 = load i64, ptr %72, align 8
  %74 = insertvalue { i64, i1 } undef, i64 %73, 0
  %75 = insertvalue { i64, i1 } %74, i1 %71, 1
  %76 = extractvalue { i64, i1 } %75, 0
  %77 = extractvalue { i64, i1 } %75, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %76)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %77)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey20, align 8
  call void @llgo_mapdelete(ptr @"type:map[string]int", ptr null, ptr %mapkey20)
  call void @llgo_mapiterinit(ptr @"type:map[string]int", ptr null, ptr %rangemap)
  br label %"1.rangeiter.loop"

"1.rangeiter.loop":                               ; preds = %"2.rangeiter.body", %"0.entry"
  %78 = call i1 @llgo_mapiternext(ptr %rangemap)
  %79 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 5
  %80 = load ptr, ptr %79, align 8
  %81 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 6
  %82 = load ptr, ptr %81, align 8
  %83 = select i1 %78, ptr %80, ptr @"zero:string"
  %84 = load { ptr, i64 }, ptr %83, align 8
  %85 = select i1 %78, ptr %82, ptr @"zero:int"
  %86 = load i64, ptr %85, align 8
  %87 = insertvalue { i1, { ptr, i64 }, i64 } undef, i1 %78, 0
  %88 = insertvalue { i1, { ptr, i64 }, i64 } %87, { ptr, i64 } %84, 1
  %89 = insertvalue { i1, { ptr, i64 }, i64 } %88, i64 %86, 2
  %90 = extractvalue { i1, { ptr, i64 }, i64 } %89, 0
  br i1 %90, label %"2.rangeiter.body", label %"3.rangeiter.done"

"3.rangeiter.done":                               ; preds = %"1.rangeiter.loop"
  %91 = call ptr @llgo_makemap(ptr @"type:map[int]string", i64 100)
  store i64 1, ptr %mapkey21, align 8
  %92 = call ptr @llgo_mapassign(ptr @"type:map[int]string", ptr %91, ptr %mapkey21)
  store { ptr, i64 } { ptr @.str.7, i64 3 }, ptr %92, align 8
  %93 = call i64 @llgo_maplen(ptr %91)
  store i64 1, ptr %mapkey22, align 8
  %94 = call ptr @llgo_mapaccess(ptr @"type:map[int]string", ptr %91, ptr %mapkey22)
  %95 = icmp ne ptr %94, null
  %96 = select i1 %95, ptr %94, ptr @"zero:string"
  %97 = load { ptr, i64 }, ptr %96, align 8
  store i64 2, ptr %mapkey23, align 8
  %98 = call ptr @llgo_mapaccess(ptr @"type:map[int]string", ptr %91, ptr %mapkey23)
  %99 = icmp ne ptr %98, null
  %100 = select i1 %99, ptr %98, ptr @"zero:string"
  %101 = load { ptr, i64 }, ptr %100, align 8
  %102 = extractvalue { ptr, i64 } %101, 0
  %103 = extractvalue { ptr, i64 } %101, 1
  %104 = call i1 @llgo_eqstring(ptr %102, i64 %103, ptr null, i64 0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %93)
  call void @llgo_printsp()
  %105 = extractvalue { ptr, i64 } %97, 0
  %106 = extractvalue { ptr, i64 } %97, 1
  call void @llgo_printstring(ptr %105, i64 %106)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %104)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %107 = call ptr @llgo_makemap(ptr @"type:map[string][]int", i64 0)
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey24, align 8
  %108 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey24)
  %109 = icmp ne ptr %108, null
  %110 = select i1 %109, ptr %108, ptr @"zero:[]int"
  %111 = load { ptr, i64, i64 }, ptr %110, align 8
  %112 = call ptr @llgo_newobject(ptr @"type:[2]int")
  %113 = getelementptr [2 x i64], ptr %112, i64 0, i64 0
  store i64 1, ptr %113, align 8
  %114 = getelementptr [2 x i64], ptr %112, i64 0, i64 1
  store i64 2, ptr %114, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"3.rangeiter.done"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"3.rangeiter.done"
  %115 = getelementptr i64, ptr %112, i64 0
  %116 = insertvalue { ptr, i64, i64 } undef, ptr %115, 0
  %117 = insertvalue { ptr, i64, i64 } %116, i64 2, 1
  %118 = insertvalue { ptr, i64, i64 } %117, i64 2, 2
  %119 = extractvalue { ptr, i64, i64 } %118, 1
  %120 = extractvalue { ptr, i64, i64 } %111, 0
  %121 = extractvalue { ptr, i64, i64 } %111, 1
  %122 = extractvalue { ptr, i64, i64 } %111, 2
  %123 = add i64 %121, %119
  %124 = icmp ugt i64 %123, %122
  br i1 %124, label %append.grow, label %append.done

append.grow:                                      ; preds = %slice.next
  call void @llgo_growslice(ptr %append, ptr %120, i64 %121, i64 %122, i64 %123, ptr @"type:int")
  %125 = load { ptr, i64, i64 }, ptr %append, align 8
  %126 = extractvalue { ptr, i64, i64 } %125, 0
  %127 = extractvalue { ptr, i64, i64 } %125, 2
  br label %append.done

append.done:                                      ; preds = %append.grow, %slice.next
  %128 = phi ptr [ %120, %slice.next ], [ %126, %append.grow ]
  %129 = phi i64 [ %122, %slice.next ], [ %127, %append.grow ]
  %130 = getelementptr i64, ptr %128, i64 %121
  %131 = extractvalue { ptr, i64, i64 } %118, 0
  %132 = call i64 @llgo_slicecopy(ptr %130, i64 %119, ptr %131, i64 %119, i64 8)
  %133 = insertvalue { ptr, i64, i64 } undef, ptr %128, 0
  %134 = insertvalue { ptr, i64, i64 } %133, i64 %123, 1
  %135 = insertvalue { ptr, i64, i64 } %134, i64 %129, 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey25, align 8
  %136 = call ptr @llgo_mapassign(ptr @"type:map[string][]int", ptr %107, ptr %mapkey25)
  store { ptr, i64, i64 } %135, ptr %136, align 8
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey26, align 8
  %137 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey26)
  %138 = icmp ne ptr %137, null
  %139 = select i1 %138, ptr %137, ptr @"zero:[]int"
  %140 = load { ptr, i64, i64 }, ptr %139, align 8
  %141 = call ptr @llgo_newobject(ptr @"type:[1]int")
  %142 = getelementptr [1 x i64], ptr %141, i64 0, i64 0
  store i64 3, ptr %142, align 8
  br i1 false, label %slice.fail27, label %slice.next28

slice.fail27:                                     ; preds = %append.done
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next28:                                     ; preds = %append.done
  %143 = getelementptr i64, ptr %141, i64 0
  %144 = insertvalue { ptr, i64, i64 } undef, ptr %143, 0
  %145 = insertvalue { ptr, i64, i64 } %144, i64 1, 1
  %146 = insertvalue { ptr, i64, i64 } %145, i64 1, 2
  %147 = extractvalue { ptr, i64, i64 } %146, 1
  %148 = extractvalue { ptr, i64, i64 } %140, 0
  %149 = extractvalue { ptr, i64, i64 } %140, 1
  %150 = extractvalue { ptr, i64, i64 } %140, 2
  %151 = add i64 %149, %147
  %152 = icmp ugt i64 %151, %150
  br i1 %152, label %append.grow29, label %append.done30

append.grow29:                                    ; preds = %slice.next28
  call void @llgo_growslice(ptr %append31, ptr %148, i64 %149, i64 %150, i64 %151, ptr @"type:int")
  %153 = load { ptr, i64, i64 }, ptr %append31, align 8
  %154 = extractvalue { ptr, i64, i64 } %153, 0
  %155 = extractvalue { ptr, i64, i64 } %153, 2
  br label %append.done30

append.done30:                                    ; preds = %append.grow29, %slice.next28
  %156 = phi ptr [ %148, %slice.next28 ], [ %154, %append.grow29 ]
  %157 = phi i64 [ %150, %slice.next28 ], [ %155, %append.grow29 ]
  %158 = getelementptr i64, ptr %156, i64 %149
  %159 = extractvalue { ptr, i64, i64 } %146, 0
  %160 = call i64 @llgo_slicecopy(ptr %158, i64 %147, ptr %159, i64 %147, i64 8)
  %161 = insertvalue { ptr, i64, i64 } undef, ptr %156, 0
  %162 = insertvalue { ptr, i64, i64 } %161, i64 %151, 1
  %163 = insertvalue { ptr, i64, i64 } %162, i64 %157, 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey32, align 8
  %164 = call ptr @llgo_mapassign(ptr @"type:map[string][]int", ptr %107, ptr %mapkey32)
  store { ptr, i64, i64 } %163, ptr %164, align 8
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey33, align 8
  %165 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey33)
  %166 = icmp ne ptr %165, null
  %167 = select i1 %166, ptr %165, ptr @"zero:[]int"
  %168 = load { ptr, i64, i64 }, ptr %167, align 8
  %169 = extractvalue { ptr, i64, i64 } %168, 1
  store { ptr, i64 } { ptr @.str.8, i64 4 }, ptr %mapkey34, align 8
  %170 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey34)
  %171 = icmp ne ptr %170, null
  %172 = select i1 %171, ptr %170, ptr @"zero:[]int"
  %173 = load { ptr, i64, i64 }, ptr %172, align 8
  %174 = extractvalue { ptr, i64, i64 } %173, 1
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey35, align 8
  %175 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey35)
  %176 = icmp ne ptr %175, null
  %177 = select i1 %176, ptr %175, ptr @"zero:[]int"
  %178 = load { ptr, i64, i64 }, ptr %177, align 8
  %179 = extractvalue { ptr, i64, i64 } %178, 1
  %180 = icmp uge i64 2, %179
  br i1 %180, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %append.done30
  call void @llgo_panicindex(i64 2, i64 %179)
  unreachable

bounds.next:                                      ; preds = %append.done30
  %181 = extractvalue { ptr, i64, i64 } %178, 0
  %182 = getelementptr i64, ptr %181, i64 2
  %183 = load i64, ptr %182, align 8
  store { ptr, i64 } { ptr @.str.8, i64 4 }, ptr %mapkey36, align 8
  %184 = call ptr @llgo_mapaccess(ptr @"type:map[string][]int", ptr %107, ptr %mapkey36)
  %185 = icmp ne ptr %184, null
  %186 = select i1 %185, ptr %184, ptr @"zero:[]int"
  %187 = load { ptr, i64, i64 }, ptr %186, align 8
  %188 = extractvalue { ptr, i64, i64 } %187, 0
  %189 = icmp eq ptr %188, null
  call void @llgo_printlock()
  call void @llgo_printint(i64 %169)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %183)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %174)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %189)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %190 = call ptr @llgo_makemap(ptr @"type:map[string]map[string]int", i64 0)
  %191 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 1)
  store { ptr, i64 } { ptr @.str.9, i64 1 }, ptr %mapkey37, align 8
  %192 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %191, ptr %mapkey37)
  store i64 7, ptr %192, align 8
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey38, align 8
  %193 = call ptr @llgo_mapassign(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey38)
  store ptr %191, ptr %193, align 8
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey39, align 8
  %194 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey39)
  %195 = icmp ne ptr %194, null
  %196 = select i1 %195, ptr %194, ptr @"zero:map[string]int"
  %197 = load ptr, ptr %196, align 8
  store { ptr, i64 } { ptr @.str.10, i64 1 }, ptr %mapkey40, align 8
  %198 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %197, ptr %mapkey40)
  store i64 8, ptr %198, align 8
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %mapkey41, align 8
  %199 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey41)
  %200 = icmp ne ptr %199, null
  %201 = select i1 %200, ptr %199, ptr @"zero:map[string]int"
  %202 = load ptr, ptr %201, align 8
  %203 = call i64 @llgo_maplen(ptr %202)
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey42, align 8
  %204 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey42)
  %205 = icmp ne ptr %204, null
  %206 = select i1 %205, ptr %204, ptr @"zero:map[string]int"
  %207 = load ptr, ptr %206, align 8
  %208 = call i64 @llgo_maplen(ptr %207)
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey43, align 8
  %209 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey43)
  %210 = icmp ne ptr %209, null
  %211 = select i1 %210, ptr %209, ptr @"zero:map[string]int"
  %212 = load ptr, ptr %211, align 8
  store { ptr, i64 } { ptr @.str.9, i64 1 }, ptr %mapkey44, align 8
  %213 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %212, ptr %mapkey44)
  %214 = icmp ne ptr %213, null
  %215 = select i1 %214, ptr %213, ptr @"zero:int"
  %216 = load i64, ptr %215, align 8
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey45, align 8
  %217 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey45)
  %218 = icmp ne ptr %217, null
  %219 = select i1 %218, ptr %217, ptr @"zero:map[string]int"
  %220 = load ptr, ptr %219, align 8
  store { ptr, i64 } { ptr @.str.10, i64 1 }, ptr %mapkey46, align 8
  %221 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %220, ptr %mapkey46)
  %222 = icmp ne ptr %221, null
  %223 = select i1 %222, ptr %221, ptr @"zero:int"
  %224 = load i64, ptr %223, align 8
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %mapkey47, align 8
  %225 = call ptr @llgo_mapaccess(ptr @"type:map[string]map[string]int", ptr %190, ptr %mapkey47)
  %226 = icmp ne ptr %225, null
  %227 = select i1 %226, ptr %225, ptr @"zero:map[string]int"
  %228 = load ptr, ptr %227, align 8
  %229 = icmp eq ptr %228, null
  call void @llgo_printlock()
  call void @llgo_printint(i64 %216)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %224)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %203)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %229)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %208)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %230 = call ptr @llgo_makemap(ptr @"type:map[string]*main.point\C2\B71", i64 1)
  %231 = call ptr @llgo_newobject(ptr @"type:main.point\C2\B71")
  %232 = getelementptr inbounds nuw %"main.point\C2\B71", ptr %231, i32 0, i32 0
  store i64 1, ptr %232, align 8
  %233 = getelementptr inbounds nuw %"main.point\C2\B71", ptr %231, i32 0, i32 1
  store i64 2, ptr %233, align 8
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %mapkey48, align 8
  %234 = call ptr @llgo_mapassign(ptr @"type:map[string]*main.point\C2\B71", ptr %230, ptr %mapkey48)
  store ptr %231, ptr %234, align 8
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %mapkey49, align 8
  %235 = call ptr @llgo_mapaccess(ptr @"type:map[string]*main.point\C2\B71", ptr %230, ptr %mapkey49)
  %236 = icmp ne ptr %235, null
  %237 = select i1 %236, ptr %235, ptr @"zero:*main.point\C2\B71"
  %238 = load ptr, ptr %237, align 8
  %239 = icmp eq ptr %238, null
  br i1 %239, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %bounds.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %bounds.next
  %240 = getelementptr inbounds nuw %"main.point\C2\B71", ptr %238, i32 0, i32 0
  store i64 5, ptr %240, align 8
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %mapkey50, align 8
  %241 = call ptr @llgo_mapaccess(ptr @"type:map[string]*main.point\C2\B71", ptr %230, ptr %mapkey50)
  %242 = icmp ne ptr %241, null
  %243 = select i1 %242, ptr %241, ptr @"zero:*main.point\C2\B71"
  %244 = load ptr, ptr %243, align 8
  %245 = icmp eq ptr %244, null
  br i1 %245, label %nilcheck.fail51, label %nilcheck.next52

nilcheck.fail51:                                  ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next52:                                  ; preds = %nilcheck.next
  %246 = getelementptr inbounds nuw %"main.point\C2\B71", ptr %244, i32 0, i32 0
  %247 = load i64, ptr %246, align 8
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %mapkey53, align 8
  %248 = call ptr @llgo_mapaccess(ptr @"type:map[string]*main.point\C2\B71", ptr %230, ptr %mapkey53)
  %249 = icmp ne ptr %248, null
  %250 = select i1 %249, ptr %248, ptr @"zero:*main.point\C2\B71"
  %251 = load ptr, ptr %250, align 8
  %252 = icmp eq ptr %251, null
  br i1 %252, label %nilcheck.fail54, label %nilcheck.next55

nilcheck.fail54:                                  ; preds = %nilcheck.next52
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next55:                                  ; preds = %nilcheck.next52
  %253 = getelementptr inbounds nuw %"main.point\C2\B71", ptr %251, i32 0, i32 1
  %254 = load i64, ptr %253, align 8
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %mapkey56, align 8
  %255 = call ptr @llgo_mapaccess(ptr @"type:map[string]*main.point\C2\B71", ptr %230, ptr %mapkey56)
  %256 = icmp ne ptr %255, null
  %257 = select i1 %256, ptr %255, ptr @"zero:*main.point\C2\B71"
  %258 = load ptr, ptr %257, align 8
  %259 = icmp eq ptr %258, null
  call void @llgo_printlock()
  call void @llgo_printint(i64 %247)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %254)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %259)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %260 = insertvalue { ptr, ptr } { ptr @"type:map[string]int", ptr undef }, ptr %0, 1
  %261 = extractvalue { ptr, ptr } %260, 0
  %262 = icmp eq ptr %261, @"type:map[string]int"
  %263 = extractvalue { ptr, ptr } %260, 1
  %264 = xor i1 %262, true
  br i1 %264, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %nilcheck.next55
  call void @llgo_panicdottype(ptr %261, ptr @"type:map[string]int", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %nilcheck.next55
  store { ptr, i64 } { ptr @.str.13, i64 1 }, ptr %mapkey57, align 8
  %265 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %263, ptr %mapkey57)
  store i64 4, ptr %265, align 8
  %266 = call i64 @llgo_maplen(ptr %0)
  store { ptr, i64 } { ptr @.str.13, i64 1 }, ptr %mapkey58, align 8
  %267 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %0, ptr %mapkey58)
  %268 = icmp ne ptr %267, null
  %269 = select i1 %268, ptr %267, ptr @"zero:int"
  %270 = load i64, ptr %269, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %266)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %270)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"2.rangeiter.body":                               ; preds = %"1.rangeiter.loop"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.14, i64 5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.rangeiter.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

declare ptr @llgo_makemap(ptr, i64)

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

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare i64 @llgo_maplen(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printbool(i1)

declare void @llgo_mapdelete(ptr, ptr, ptr)

declare void @llgo_mapiterinit(ptr, ptr, ptr)

declare i1 @llgo_mapiternext(ptr)

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %3
}

declare i64 @llgo_memhash(ptr, i64, i64)

declare void @llgo_printstring(ptr, i64)

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:[2]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x i64], ptr %0, align 8
  %4 = load [2 x i64], ptr %1, align 8
  %5 = extractvalue [2 x i64] %3, 0
  %6 = extractvalue [2 x i64] %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue [2 x i64] %3, 1
  %10 = extractvalue [2 x i64] %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare void @llgo_growslice(ptr, ptr, i64, i64, i64, ptr)

declare i64 @llgo_slicecopy(ptr, i64, ptr, i64, i64)

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
declare void @llgo_panicindex(i64, i64) #0

define linkonce_odr i1 @"eq:*main.point\C2\B71"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.point\C2\B71"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %"main.point\C2\B71", ptr %0, align 8
  %4 = load %"main.point\C2\B71", ptr %1, align 8
  %5 = extractvalue %"main.point\C2\B71" %3, 0
  %6 = extractvalue %"main.point\C2\B71" %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %"main.point\C2\B71" %3, 1
  %10 = extractvalue %"main.point\C2\B71" %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

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

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
