; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Rec = type { i64, [6 x { ptr, i64 }] }

@"name:0:*map[main.Key]int" = linkonce_odr constant [19 x i8] c"\00\11*map[main.Key]int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:1:*main.Key" = linkonce_odr constant [11 x i8] c"\01\09*main.Key", align 1
@"type:*main.Key" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 417326593, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Key", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Key" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Key" }, section "llgo_types", align 8
@"name:0:*uint8" = linkonce_odr constant [8 x i8] c"\00\06*uint8", align 1
@"type:*uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1311927363, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*uint8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8" }, section "llgo_types", align 8
@"type:uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1859498347, i8 15, i8 1, i8 1, i8 8, { ptr, ptr } { ptr @"eq:uint8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]uint8" = linkonce_odr constant [10 x i8] c"\00\08*[]uint8", align 1
@"type:[]uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -2053608181, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8" }, section "llgo_types", align 8
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"type:main.Key" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1000, i64 0, i32 -879653687, i8 15, i8 1, i8 1, i8 17, { ptr, ptr } { ptr @"eq:main.Key", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Key" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Key" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"type:uint8", ptr @"type:[]uint8", i64 1000, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[main.Key]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 526881254, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.Key]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Key", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:main.Key", ptr null }, i8 0, i8 8, i16 0, i32 4 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8
@.str = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"b", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"c", align 1
@.str.3 = private unnamed_addr constant [1 x i8] c"d", align 1
@.str.4 = private unnamed_addr constant [1 x i8] c"e", align 1
@.str.5 = private unnamed_addr constant [1 x i8] c"f", align 1
@.str.6 = private unnamed_addr constant [1 x i8] c"F", align 1
@"name:0:*map[main.Rec]string" = linkonce_odr constant [22 x i8] c"\00\14*map[main.Rec]string", align 1
@"name:1:*main.Rec" = linkonce_odr constant [11 x i8] c"\01\09*main.Rec", align 1
@"type:*main.Rec" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -295594500, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Rec", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rec" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Rec" }, section "llgo_types", align 8
@"gcbits:aa0a" = linkonce_odr constant [2 x i8] c"\AA\0A"
@"name:0:id" = linkonce_odr constant [4 x i8] c"\00\02id", align 1
@"name:0:vals" = linkonce_odr constant [6 x i8] c"\00\04vals", align 1
@"name:0:*[6]string" = linkonce_odr constant [12 x i8] c"\00\0A*[6]string", align 1
@"gcbits:5505" = linkonce_odr constant [2 x i8] c"U\05"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]string" = linkonce_odr constant [11 x i8] c"\00\09*[]string", align 1
@"type:[]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1809559048, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:[6]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 96, i64 88, i32 -1587860914, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[6]string", ptr null }, ptr @"gcbits:5505", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[6]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]string", i64 6 }, section "llgo_types", align 8
@"type:main.Rec" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 104, i64 96, i32 -1008380476, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Rec", ptr null }, ptr @"gcbits:aa0a", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rec" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Rec" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Rec", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:id", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:vals", ptr @"type:[6]string", i64 8 }] }, section "llgo_types", align 8
@"type:map[main.Rec]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -370281461, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.Rec]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Rec", ptr @"type:string", ptr null, { ptr, ptr } { ptr @"hash:main.Rec", ptr null }, i8 104, i8 16, i16 0, i32 12 }, section "llgo_types", align 8
@.str.7 = private unnamed_addr constant [3 x i8] c"one", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"two", align 1
@"zero:string" = private constant { ptr, i64 } zeroinitializer, align 8
@"name:0:*map[[5]float64]int" = linkonce_odr constant [21 x i8] c"\00\13*map[[5]float64]int", align 1
@"name:0:*[5]float64" = linkonce_odr constant [13 x i8] c"\00\0B*[5]float64", align 1
@"name:0:*float64" = linkonce_odr constant [10 x i8] c"\00\08*float64", align 1
@"type:*float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 928871807, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*float64", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float64" }, section "llgo_types", align 8
@"type:float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1200761001, i8 7, i8 8, i8 8, i8 14, { ptr, ptr } { ptr @"eq:float64", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]float64" = linkonce_odr constant [12 x i8] c"\00\0A*[]float64", align 1
@"type:[]float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -1253736585, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float64" }, section "llgo_types", align 8
@"type:[5]float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 40, i64 0, i32 43320864, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[5]float64", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[5]float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float64", ptr @"type:[]float64", i64 5 }, section "llgo_types", align 8
@"type:map[[5]float64]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1770097309, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[[5]float64]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:[5]float64", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:[5]float64", ptr null }, i8 40, i8 8, i16 0, i32 8 }, section "llgo_types", align 8
@"name:0:*[0]int" = linkonce_odr constant [9 x i8] c"\00\07*[0]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[0]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 0, i64 0, i32 -885519750, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[0]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[0]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 0 }, section "llgo_types", align 8
@.str.9 = private unnamed_addr constant [10 x i8] c"recovered:", align 1

define void @main.main(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %a = alloca [1000 x i8], align 8
  %b = alloca [1000 x i8], align 8
  %cmp.x = alloca [1000 x i8], align 8
  %cmp.y = alloca [1000 x i8], align 8
  %cmp.x1 = alloca [1000 x i8], align 8
  %cmp.y2 = alloca [1000 x i8], align 8
  %cmp.x3 = alloca [1000 x i8], align 8
  %cmp.y4 = alloca [1000 x i8], align 8
  %mapkey = alloca [1000 x i8], align 8
  %mapkey5 = alloca [1000 x i8], align 8
  %c = alloca [1000 x i8], align 8
  %mapkey6 = alloca [1000 x i8], align 8
  %mapkey7 = alloca [1000 x i8], align 8
  %mapkey8 = alloca [1000 x i8], align 8
  %mapkey9 = alloca [1000 x i8], align 8
  %complit = alloca [1000 x i8], align 8
  %mapkey10 = alloca [1000 x i8], align 8
  %complit11 = alloca [6 x { ptr, i64 }], align 8
  %s1 = alloca [6 x { ptr, i64 }], align 8
  %s2 = alloca [6 x { ptr, i64 }], align 8
  %cmp.x12 = alloca [6 x { ptr, i64 }], align 8
  %cmp.y13 = alloca [6 x { ptr, i64 }], align 8
  %complit14 = alloca [6 x { ptr, i64 }], align 8
  %cmp.x15 = alloca [6 x { ptr, i64 }], align 8
  %cmp.y16 = alloca [6 x { ptr, i64 }], align 8
  %complit17 = alloca %main.Rec, align 8
  %mapkey18 = alloca %main.Rec, align 8
  %complit19 = alloca %main.Rec, align 8
  %mapkey20 = alloca %main.Rec, align 8
  %complit21 = alloca %main.Rec, align 8
  %mapkey22 = alloca %main.Rec, align 8
  %complit23 = alloca %main.Rec, align 8
  %mapkey24 = alloca %main.Rec, align 8
  %complit25 = alloca %main.Rec, align 8
  %mapkey26 = alloca %main.Rec, align 8
  %complit27 = alloca [5 x double], align 8
  %f1 = alloca [5 x double], align 8
  %complit28 = alloca [5 x double], align 8
  %f2 = alloca [5 x double], align 8
  %complit29 = alloca [5 x double], align 8
  %f3 = alloca [5 x double], align 8
  %cmp.x30 = alloca [5 x double], align 8
  %cmp.y31 = alloca [5 x double], align 8
  %cmp.x32 = alloca [5 x double], align 8
  %cmp.y33 = alloca [5 x double], align 8
  %mapkey34 = alloca [5 x double], align 8
  %mapkey35 = alloca [5 x double], align 8
  %mapkey36 = alloca [5 x double], align 8
  %mapkey37 = alloca [5 x double], align 8
  %mapkey38 = alloca [5 x double], align 8
  %mapkey39 = alloca [5 x double], align 8
  %mapkey40 = alloca [5 x double], align 8
  %mapkey41 = alloca [5 x double], align 8
  %mapkey42 = alloca [5 x double], align 8
  %complit48 = alloca [1000 x i8], align 8
  %complit54 = alloca [8 x { ptr, ptr }], align 8
  %big = alloca [8 x { ptr, ptr }], align 8
  %other = alloca [8 x { ptr, ptr }], align 8
  %cmp.x55 = alloca [8 x { ptr, ptr }], align 8
  %cmp.y56 = alloca [8 x { ptr, ptr }], align 8
  %cmp.x57 = alloca [8 x { ptr, ptr }], align 8
  %cmp.y58 = alloca [8 x { ptr, ptr }], align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  store [1000 x i8] zeroinitializer, ptr %a, align 1
  store [1000 x i8] zeroinitializer, ptr %b, align 1
  %2 = getelementptr [1000 x i8], ptr %b, i64 0, i64 999
  store i8 1, ptr %2, align 1
  %3 = load [1000 x i8], ptr %a, align 1
  %4 = load [1000 x i8], ptr %b, align 1
  store [1000 x i8] %3, ptr %cmp.x, align 1
  store [1000 x i8] %4, ptr %cmp.y, align 1
  %5 = call i1 @"eq:main.Key"(ptr %cmp.x, ptr %cmp.y, ptr null)
  %6 = load [1000 x i8], ptr %a, align 1
  %7 = load [1000 x i8], ptr %a, align 1
  store [1000 x i8] %6, ptr %cmp.x1, align 1
  store [1000 x i8] %7, ptr %cmp.y2, align 1
  %8 = call i1 @"eq:main.Key"(ptr %cmp.x1, ptr %cmp.y2, ptr null)
  %9 = load [1000 x i8], ptr %a, align 1
  %10 = load [1000 x i8], ptr %b, align 1
  store [1000 x i8] %9, ptr %cmp.x3, align 1
  store [1000 x i8] %10, ptr %cmp.y4, align 1
  %11 = call i1 @"eq:main.Key"(ptr %cmp.x3, ptr %cmp.y4, ptr null)
  %12 = xor i1 %11, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %5)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %8)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %12)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %13 = call ptr @llgo_makemap(ptr @"type:map[main.Key]int", i64 2)
  %14 = load [1000 x i8], ptr %a, align 1
  store [1000 x i8] %14, ptr %mapkey, align 1
  %15 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey)
  store i64 1, ptr %15, align 8
  %16 = load [1000 x i8], ptr %b, align 1
  store [1000 x i8] %16, ptr %mapkey5, align 1
  %17 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey5)
  store i64 2, ptr %17, align 8
  store [1000 x i8] zeroinitializer, ptr %c, align 1
  %18 = getelementptr [1000 x i8], ptr %c, i64 0, i64 999
  store i8 1, ptr %18, align 1
  %19 = load [1000 x i8], ptr %c, align 1
  store [1000 x i8] %19, ptr %mapkey6, align 1
  %20 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey6)
  %21 = icmp ne ptr %20, null
  %22 = select i1 %21, ptr %20, ptr @"zero:int"
  %23 = load i64, ptr %22, align 8
  %24 = add i64 %23, 10
  store [1000 x i8] %19, ptr %mapkey7, align 1
  %25 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey7)
  store i64 %24, ptr %25, align 8
  %26 = call i64 @llgo_maplen(ptr %13)
  %27 = load [1000 x i8], ptr %a, align 1
  store [1000 x i8] %27, ptr %mapkey8, align 1
  %28 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey8)
  %29 = icmp ne ptr %28, null
  %30 = select i1 %29, ptr %28, ptr @"zero:int"
  %31 = load i64, ptr %30, align 8
  %32 = load [1000 x i8], ptr %b, align 1
  store [1000 x i8] %32, ptr %mapkey9, align 1
  %33 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey9)
  %34 = icmp ne ptr %33, null
  %35 = select i1 %34, ptr %33, ptr @"zero:int"
  %36 = load i64, ptr %35, align 8
  store [1000 x i8] zeroinitializer, ptr %complit, align 1
  %37 = load [1000 x i8], ptr %complit, align 1
  store [1000 x i8] %37, ptr %mapkey10, align 1
  %38 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %13, ptr %mapkey10)
  %39 = icmp ne ptr %38, null
  %40 = select i1 %39, ptr %38, ptr @"zero:int"
  %41 = load i64, ptr %40, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %26)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %31)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %36)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %41)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store [6 x { ptr, i64 }] zeroinitializer, ptr %complit11, align 8
  %42 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %42, align 8
  %43 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %43, align 8
  %44 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %44, align 8
  %45 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %45, align 8
  %46 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 4
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %46, align 8
  %47 = getelementptr [6 x { ptr, i64 }], ptr %complit11, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %47, align 8
  %48 = load [6 x { ptr, i64 }], ptr %complit11, align 8
  store [6 x { ptr, i64 }] zeroinitializer, ptr %s1, align 8
  store [6 x { ptr, i64 }] %48, ptr %s1, align 8
  %49 = load [6 x { ptr, i64 }], ptr %s1, align 8
  store [6 x { ptr, i64 }] zeroinitializer, ptr %s2, align 8
  store [6 x { ptr, i64 }] %49, ptr %s2, align 8
  %50 = getelementptr [6 x { ptr, i64 }], ptr %s2, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %50, align 8
  %51 = load [6 x { ptr, i64 }], ptr %s1, align 8
  %52 = load [6 x { ptr, i64 }], ptr %s2, align 8
  store [6 x { ptr, i64 }] %51, ptr %cmp.x12, align 8
  store [6 x { ptr, i64 }] %52, ptr %cmp.y13, align 8
  %53 = call i1 @"eq:[6]string"(ptr %cmp.x12, ptr %cmp.y13, ptr null)
  %54 = load [6 x { ptr, i64 }], ptr %s1, align 8
  store [6 x { ptr, i64 }] zeroinitializer, ptr %complit14, align 8
  %55 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %55, align 8
  %56 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %56, align 8
  %57 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %57, align 8
  %58 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %58, align 8
  %59 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 4
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %59, align 8
  %60 = getelementptr [6 x { ptr, i64 }], ptr %complit14, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %60, align 8
  %61 = load [6 x { ptr, i64 }], ptr %complit14, align 8
  store [6 x { ptr, i64 }] %54, ptr %cmp.x15, align 8
  store [6 x { ptr, i64 }] %61, ptr %cmp.y16, align 8
  %62 = call i1 @"eq:[6]string"(ptr %cmp.x15, ptr %cmp.y16, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %53)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %62)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %63 = call ptr @llgo_makemap(ptr @"type:map[main.Rec]string", i64 2)
  store %main.Rec zeroinitializer, ptr %complit17, align 8
  %64 = getelementptr inbounds nuw %main.Rec, ptr %complit17, i32 0, i32 0
  store i64 1, ptr %64, align 8
  %65 = load [6 x { ptr, i64 }], ptr %s1, align 8
  %66 = getelementptr inbounds nuw %main.Rec, ptr %complit17, i32 0, i32 1
  store [6 x { ptr, i64 }] %65, ptr %66, align 8
  %67 = load %main.Rec, ptr %complit17, align 8
  store %main.Rec %67, ptr %mapkey18, align 8
  %68 = call ptr @llgo_mapassign(ptr @"type:map[main.Rec]string", ptr %63, ptr %mapkey18)
  store { ptr, i64 } { ptr @.str.7, i64 3 }, ptr %68, align 8
  store %main.Rec zeroinitializer, ptr %complit19, align 8
  %69 = getelementptr inbounds nuw %main.Rec, ptr %complit19, i32 0, i32 0
  store i64 1, ptr %69, align 8
  %70 = load [6 x { ptr, i64 }], ptr %s2, align 8
  %71 = getelementptr inbounds nuw %main.Rec, ptr %complit19, i32 0, i32 1
  store [6 x { ptr, i64 }] %70, ptr %71, align 8
  %72 = load %main.Rec, ptr %complit19, align 8
  store %main.Rec %72, ptr %mapkey20, align 8
  %73 = call ptr @llgo_mapassign(ptr @"type:map[main.Rec]string", ptr %63, ptr %mapkey20)
  store { ptr, i64 } { ptr @.str.8, i64 3 }, ptr %73, align 8
  %74 = call i64 @llgo_maplen(ptr %63)
  store %main.Rec zeroinitializer, ptr %complit21, align 8
  %75 = getelementptr inbounds nuw %main.Rec, ptr %complit21, i32 0, i32 0
  store i64 1, ptr %75, align 8
  %76 = load [6 x { ptr, i64 }], ptr %s1, align 8
  %77 = getelementptr inbounds nuw %main.Rec, ptr %complit21, i32 0, i32 1
  store [6 x { ptr, i64 }] %76, ptr %77, align 8
  %78 = load %main.Rec, ptr %complit21, align 8
  store %main.Rec %78, ptr %mapkey22, align 8
  %79 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %63, ptr %mapkey22)
  %80 = icmp ne ptr %79, null
  %81 = select i1 %80, ptr %79, ptr @"zero:string"
  %82 = load { ptr, i64 }, ptr %81, align 8
  store %main.Rec zeroinitializer, ptr %complit23, align 8
  %83 = getelementptr inbounds nuw %main.Rec, ptr %complit23, i32 0, i32 0
  store i64 1, ptr %83, align 8
  %84 = load [6 x { ptr, i64 }], ptr %s2, align 8
  %85 = getelementptr inbounds nuw %main.Rec, ptr %complit23, i32 0, i32 1
  store [6 x { ptr, i64 }] %84, ptr %85, align 8
  %86 = load %main.Rec, ptr %complit23, align 8
  store %main.Rec %86, ptr %mapkey24, align 8
  %87 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %63, ptr %mapkey24)
  %88 = icmp ne ptr %87, null
  %89 = select i1 %88, ptr %87, ptr @"zero:string"
  %90 = load { ptr, i64 }, ptr %89, align 8
  store %main.Rec zeroinitializer, ptr %complit25, align 8
  %91 = getelementptr inbounds nuw %main.Rec, ptr %complit25, i32 0, i32 0
  store i64 2, ptr %91, align 8
  %92 = load [6 x { ptr, i64 }], ptr %s1, align 8
  %93 = getelementptr inbounds nuw %main.Rec, ptr %complit25, i32 0, i32 1
  store [6 x { ptr, i64 }] %92, ptr %93, align 8
  %94 = load %main.Rec, ptr %complit25, align 8
  store %main.Rec %94, ptr %mapkey26, align 8
  %95 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %63, ptr %mapkey26)
  %96 = icmp ne ptr %95, null
  %97 = select i1 %96, ptr %95, ptr @"zero:string"
  %98 = load { ptr, i64 }, ptr %97, align 8
  %99 = extractvalue { ptr, i64 } %98, 0
  %100 = extractvalue { ptr, i64 } %98, 1
  %101 = call i1 @llgo_eqstring(ptr %99, i64 %100, ptr null, i64 0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %74)
  call void @llgo_printsp()
  %102 = extractvalue { ptr, i64 } %82, 0
  %103 = extractvalue { ptr, i64 } %82, 1
  call void @llgo_printstring(ptr %102, i64 %103)
  call void @llgo_printsp()
  %104 = extractvalue { ptr, i64 } %90, 0
  %105 = extractvalue { ptr, i64 } %90, 1
  call void @llgo_printstring(ptr %104, i64 %105)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %101)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store [5 x double] zeroinitializer, ptr %complit27, align 8
  %106 = getelementptr [5 x double], ptr %complit27, i64 0, i64 0
  store double 1.000000e+00, ptr %106, align 8
  %107 = getelementptr [5 x double], ptr %complit27, i64 0, i64 1
  store double 2.000000e+00, ptr %107, align 8
  %108 = getelementptr [5 x double], ptr %complit27, i64 0, i64 2
  store double 3.000000e+00, ptr %108, align 8
  %109 = getelementptr [5 x double], ptr %complit27, i64 0, i64 3
  store double 4.000000e+00, ptr %109, align 8
  %110 = getelementptr [5 x double], ptr %complit27, i64 0, i64 4
  store double 0.000000e+00, ptr %110, align 8
  %111 = load [5 x double], ptr %complit27, align 8
  store [5 x double] zeroinitializer, ptr %f1, align 8
  store [5 x double] %111, ptr %f1, align 8
  store [5 x double] zeroinitializer, ptr %complit28, align 8
  %112 = getelementptr [5 x double], ptr %complit28, i64 0, i64 0
  store double 1.000000e+00, ptr %112, align 8
  %113 = getelementptr [5 x double], ptr %complit28, i64 0, i64 1
  store double 2.000000e+00, ptr %113, align 8
  %114 = getelementptr [5 x double], ptr %complit28, i64 0, i64 2
  store double 3.000000e+00, ptr %114, align 8
  %115 = getelementptr [5 x double], ptr %complit28, i64 0, i64 3
  store double 4.000000e+00, ptr %115, align 8
  %116 = getelementptr [5 x double], ptr %complit28, i64 0, i64 4
  store double -0.000000e+00, ptr %116, align 8
  %117 = load [5 x double], ptr %complit28, align 8
  store [5 x double] zeroinitializer, ptr %f2, align 8
  store [5 x double] %117, ptr %f2, align 8
  store [5 x double] zeroinitializer, ptr %complit29, align 8
  %118 = getelementptr [5 x double], ptr %complit29, i64 0, i64 0
  store double 1.000000e+00, ptr %118, align 8
  %119 = getelementptr [5 x double], ptr %complit29, i64 0, i64 1
  store double 2.000000e+00, ptr %119, align 8
  %120 = getelementptr [5 x double], ptr %complit29, i64 0, i64 2
  store double 3.000000e+00, ptr %120, align 8
  %121 = getelementptr [5 x double], ptr %complit29, i64 0, i64 3
  store double 4.000000e+00, ptr %121, align 8
  %122 = getelementptr [5 x double], ptr %complit29, i64 0, i64 4
  store double 0x7FF8000000000000, ptr %122, align 8
  %123 = load [5 x double], ptr %complit29, align 8
  store [5 x double] zeroinitializer, ptr %f3, align 8
  store [5 x double] %123, ptr %f3, align 8
  %124 = load [5 x double], ptr %f1, align 8
  %125 = load [5 x double], ptr %f2, align 8
  store [5 x double] %124, ptr %cmp.x30, align 8
  store [5 x double] %125, ptr %cmp.y31, align 8
  %126 = call i1 @"eq:[5]float64"(ptr %cmp.x30, ptr %cmp.y31, ptr null)
  %127 = load [5 x double], ptr %f3, align 8
  %128 = load [5 x double], ptr %f3, align 8
  store [5 x double] %127, ptr %cmp.x32, align 8
  store [5 x double] %128, ptr %cmp.y33, align 8
  %129 = call i1 @"eq:[5]float64"(ptr %cmp.x32, ptr %cmp.y33, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %126)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %129)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %130 = call ptr @llgo_makemap(ptr @"type:map[[5]float64]int", i64 0)
  %131 = load [5 x double], ptr %f1, align 8
  store [5 x double] %131, ptr %mapkey34, align 8
  %132 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey34)
  %133 = icmp ne ptr %132, null
  %134 = select i1 %133, ptr %132, ptr @"zero:int"
  %135 = load i64, ptr %134, align 8
  %136 = add i64 %135, 1
  store [5 x double] %131, ptr %mapkey35, align 8
  %137 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey35)
  store i64 %136, ptr %137, align 8
  %138 = load [5 x double], ptr %f2, align 8
  store [5 x double] %138, ptr %mapkey36, align 8
  %139 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey36)
  %140 = icmp ne ptr %139, null
  %141 = select i1 %140, ptr %139, ptr @"zero:int"
  %142 = load i64, ptr %141, align 8
  %143 = add i64 %142, 1
  store [5 x double] %138, ptr %mapkey37, align 8
  %144 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey37)
  store i64 %143, ptr %144, align 8
  %145 = load [5 x double], ptr %f3, align 8
  store [5 x double] %145, ptr %mapkey38, align 8
  %146 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey38)
  %147 = icmp ne ptr %146, null
  %148 = select i1 %147, ptr %146, ptr @"zero:int"
  %149 = load i64, ptr %148, align 8
  %150 = add i64 %149, 1
  store [5 x double] %145, ptr %mapkey39, align 8
  %151 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey39)
  store i64 %150, ptr %151, align 8
  %152 = load [5 x double], ptr %f3, align 8
  store [5 x double] %152, ptr %mapkey40, align 8
  %153 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey40)
  %154 = icmp ne ptr %153, null
  %155 = select i1 %154, ptr %153, ptr @"zero:int"
  %156 = load i64, ptr %155, align 8
  %157 = add i64 %156, 1
  store [5 x double] %152, ptr %mapkey41, align 8
  %158 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey41)
  store i64 %157, ptr %158, align 8
  %159 = call i64 @llgo_maplen(ptr %130)
  %160 = load [5 x double], ptr %f1, align 8
  store [5 x double] %160, ptr %mapkey42, align 8
  %161 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %130, ptr %mapkey42)
  %162 = icmp ne ptr %161, null
  %163 = select i1 %162, ptr %161, ptr @"zero:int"
  %164 = load i64, ptr %163, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %159)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %164)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %165 = load [1000 x i8], ptr %a, align 1
  %166 = call ptr @llgo_newobject(ptr @"type:main.Key")
  store [1000 x i8] %165, ptr %166, align 1
  %167 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %166, 1
  %168 = load [1000 x i8], ptr %c, align 1
  %169 = call ptr @llgo_newobject(ptr @"type:main.Key")
  store [1000 x i8] %168, ptr %169, align 1
  %170 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %169, 1
  %171 = extractvalue { ptr, ptr } %167, 0
  %172 = extractvalue { ptr, ptr } %170, 0
  %173 = extractvalue { ptr, ptr } %167, 1
  %174 = extractvalue { ptr, ptr } %170, 1
  %175 = icmp eq ptr %171, %172
  %176 = icmp eq ptr %171, null
  %177 = xor i1 %176, true
  %178 = and i1 %175, %177
  br i1 %178, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %179 = getelementptr i8, ptr %171, i64 24
  %180 = load ptr, ptr %179, align 8
  %181 = icmp eq ptr %180, null
  br i1 %181, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %171)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %182 = getelementptr i8, ptr %171, i64 23
  %183 = load i8, ptr %182, align 1
  %184 = and i8 %183, 32
  %185 = icmp ne i8 %184, 0
  %186 = icmp eq ptr %173, %174
  br i1 %185, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %187 = getelementptr i8, ptr %171, i64 32
  %188 = load ptr, ptr %187, align 8
  %189 = call i1 %180(ptr %173, ptr %174, ptr %188)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %190 = phi i1 [ %175, %"0.entry" ], [ %186, %uncomparable.next ], [ %189, %ifaceeq.boxed ]
  %191 = load [1000 x i8], ptr %b, align 1
  %192 = call ptr @llgo_newobject(ptr @"type:main.Key")
  store [1000 x i8] %191, ptr %192, align 1
  %193 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %192, 1
  %194 = extractvalue { ptr, ptr } %167, 0
  %195 = extractvalue { ptr, ptr } %193, 0
  %196 = extractvalue { ptr, ptr } %167, 1
  %197 = extractvalue { ptr, ptr } %193, 1
  %198 = icmp eq ptr %194, %195
  %199 = icmp eq ptr %194, null
  %200 = xor i1 %199, true
  %201 = and i1 %198, %200
  br i1 %201, label %ifaceeq.values43, label %ifaceeq.done45

ifaceeq.values43:                                 ; preds = %ifaceeq.done
  %202 = getelementptr i8, ptr %194, i64 24
  %203 = load ptr, ptr %202, align 8
  %204 = icmp eq ptr %203, null
  br i1 %204, label %uncomparable.fail46, label %uncomparable.next47

uncomparable.fail46:                              ; preds = %ifaceeq.values43
  call void @llgo_panicuncomparable(ptr %194)
  unreachable

uncomparable.next47:                              ; preds = %ifaceeq.values43
  %205 = getelementptr i8, ptr %194, i64 23
  %206 = load i8, ptr %205, align 1
  %207 = and i8 %206, 32
  %208 = icmp ne i8 %207, 0
  %209 = icmp eq ptr %196, %197
  br i1 %208, label %ifaceeq.done45, label %ifaceeq.boxed44

ifaceeq.boxed44:                                  ; preds = %uncomparable.next47
  %210 = getelementptr i8, ptr %194, i64 32
  %211 = load ptr, ptr %210, align 8
  %212 = call i1 %203(ptr %196, ptr %197, ptr %211)
  br label %ifaceeq.done45

ifaceeq.done45:                                   ; preds = %ifaceeq.boxed44, %uncomparable.next47, %ifaceeq.done
  %213 = phi i1 [ %198, %ifaceeq.done ], [ %209, %uncomparable.next47 ], [ %212, %ifaceeq.boxed44 ]
  store [1000 x i8] zeroinitializer, ptr %complit48, align 1
  %214 = load [1000 x i8], ptr %complit48, align 1
  %215 = call ptr @llgo_newobject(ptr @"type:main.Key")
  store [1000 x i8] %214, ptr %215, align 1
  %216 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %215, 1
  %217 = extractvalue { ptr, ptr } %167, 0
  %218 = extractvalue { ptr, ptr } %216, 0
  %219 = extractvalue { ptr, ptr } %167, 1
  %220 = extractvalue { ptr, ptr } %216, 1
  %221 = icmp eq ptr %217, %218
  %222 = icmp eq ptr %217, null
  %223 = xor i1 %222, true
  %224 = and i1 %221, %223
  br i1 %224, label %ifaceeq.values49, label %ifaceeq.done51

ifaceeq.values49:                                 ; preds = %ifaceeq.done45
  %225 = getelementptr i8, ptr %217, i64 24
  %226 = load ptr, ptr %225, align 8
  %227 = icmp eq ptr %226, null
  br i1 %227, label %uncomparable.fail52, label %uncomparable.next53

uncomparable.fail52:                              ; preds = %ifaceeq.values49
  call void @llgo_panicuncomparable(ptr %217)
  unreachable

uncomparable.next53:                              ; preds = %ifaceeq.values49
  %228 = getelementptr i8, ptr %217, i64 23
  %229 = load i8, ptr %228, align 1
  %230 = and i8 %229, 32
  %231 = icmp ne i8 %230, 0
  %232 = icmp eq ptr %219, %220
  br i1 %231, label %ifaceeq.done51, label %ifaceeq.boxed50

ifaceeq.boxed50:                                  ; preds = %uncomparable.next53
  %233 = getelementptr i8, ptr %217, i64 32
  %234 = load ptr, ptr %233, align 8
  %235 = call i1 %226(ptr %219, ptr %220, ptr %234)
  br label %ifaceeq.done51

ifaceeq.done51:                                   ; preds = %ifaceeq.boxed50, %uncomparable.next53, %ifaceeq.done45
  %236 = phi i1 [ %221, %ifaceeq.done45 ], [ %232, %uncomparable.next53 ], [ %235, %ifaceeq.boxed50 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %190)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %213)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %236)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store [8 x { ptr, ptr }] zeroinitializer, ptr %complit54, align 8
  %237 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %237, align 8
  %238 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %237, 1
  %239 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 0
  store { ptr, ptr } %238, ptr %239, align 8
  %240 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.8, i64 3 }, ptr %240, align 8
  %241 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %240, 1
  %242 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 1
  store { ptr, ptr } %241, ptr %242, align 8
  %243 = call ptr @llgo_newobject(ptr @"type:float64")
  store double 3.000000e+00, ptr %243, align 8
  %244 = insertvalue { ptr, ptr } { ptr @"type:float64", ptr undef }, ptr %243, 1
  %245 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 2
  store { ptr, ptr } %244, ptr %245, align 8
  %246 = load [8 x { ptr, ptr }], ptr %complit54, align 8
  store [8 x { ptr, ptr }] zeroinitializer, ptr %big, align 8
  store [8 x { ptr, ptr }] %246, ptr %big, align 8
  %247 = load [8 x { ptr, ptr }], ptr %big, align 8
  store [8 x { ptr, ptr }] zeroinitializer, ptr %other, align 8
  store [8 x { ptr, ptr }] %247, ptr %other, align 8
  %248 = load [8 x { ptr, ptr }], ptr %big, align 8
  %249 = load [8 x { ptr, ptr }], ptr %other, align 8
  store [8 x { ptr, ptr }] %248, ptr %cmp.x55, align 8
  store [8 x { ptr, ptr }] %249, ptr %cmp.y56, align 8
  %250 = call i1 @"eq:[8]interface{}"(ptr %cmp.x55, ptr %cmp.y56, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %250)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %251 = call ptr @llgo_newobject(ptr @"type:[0]int")
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done51
  call void @llgo_panicslicelen(i64 0, i64 0, i64 0)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done51
  %252 = getelementptr i64, ptr %251, i64 0
  %253 = insertvalue { ptr, i64, i64 } undef, ptr %252, 0
  %254 = insertvalue { ptr, i64, i64 } %253, i64 0, 1
  %255 = insertvalue { ptr, i64, i64 } %254, i64 0, 2
  %256 = getelementptr [8 x { ptr, ptr }], ptr %other, i64 0, i64 7
  %257 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %255, ptr %257, align 8
  %258 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %257, 1
  store { ptr, ptr } %258, ptr %256, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer1", ptr null, ptr @"main.main$1")
  %259 = load [8 x { ptr, ptr }], ptr %big, align 8
  %260 = load [8 x { ptr, ptr }], ptr %other, align 8
  store [8 x { ptr, ptr }] %259, ptr %cmp.x57, align 8
  store [8 x { ptr, ptr }] %260, ptr %cmp.y58, align 8
  %261 = call i1 @"eq:[8]interface{}"(ptr %cmp.x57, ptr %cmp.y58, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %261)
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
  %0 = call i1 @llgo_isdeferredcall(ptr @"main.main$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = call { ptr, ptr } @llgo_recover(i1 %0)
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = icmp eq ptr %2, null
  %4 = xor i1 %3, true
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.9, i64 10)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %4)
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

define linkonce_odr i1 @"eq:main.Key"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = call i32 @memcmp(ptr %0, ptr %1, i64 1000)
  %4 = icmp eq i32 %3, 0
  ret i1 %4
}

declare i32 @memcmp(ptr, ptr, i64)

declare void @llgo_printlock()

declare void @llgo_printbool(i1)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare ptr @llgo_makemap(ptr, i64)

define linkonce_odr i1 @"eq:*main.Key"(ptr %0, ptr %1, ptr %2) {
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

define linkonce_odr i64 @"hash:main.Key"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1000)
  ret i64 %3
}

declare i64 @llgo_memhash(ptr, i64, i64)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare i64 @llgo_maplen(ptr)

declare void @llgo_printint(i64)

define linkonce_odr i1 @"eq:[6]string"(ptr %0, ptr %1, ptr %2) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %6, %eq.next ]
  %3 = getelementptr { ptr, i64 }, ptr %0, i64 %i
  %4 = getelementptr { ptr, i64 }, ptr %1, i64 %i
  %5 = call i1 @"eq:string"(ptr %3, ptr %4, ptr null)
  br i1 %5, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %6 = add i64 %i, 1
  %7 = icmp ult i64 %6, 6
  br i1 %7, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
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

define linkonce_odr i1 @"eq:*main.Rec"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Rec"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Rec, ptr %0, align 8
  %4 = load %main.Rec, ptr %1, align 8
  %5 = extractvalue %main.Rec %3, 0
  %6 = extractvalue %main.Rec %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Rec %3, 1
  %10 = extractvalue %main.Rec %4, 1
  %cmp.x = alloca [6 x { ptr, i64 }], align 8
  %cmp.y = alloca [6 x { ptr, i64 }], align 8
  store [6 x { ptr, i64 }] %9, ptr %cmp.x, align 8
  store [6 x { ptr, i64 }] %10, ptr %cmp.y, align 8
  %11 = call i1 @"eq:[6]string"(ptr %cmp.x, ptr %cmp.y, ptr null)
  %12 = and i1 %8, %11
  ret i1 %12
}

define linkonce_odr i1 @"eq:*string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"hash:main.Rec"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = getelementptr inbounds nuw %main.Rec, ptr %0, i32 0, i32 0
  %4 = call i64 @"hash:int"(ptr %3, i64 %1, ptr null)
  %5 = getelementptr inbounds nuw %main.Rec, ptr %0, i32 0, i32 1
  %6 = call i64 @"hash:[6]string"(ptr %5, i64 %4, ptr null)
  ret i64 %6
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %3
}

define linkonce_odr i64 @"hash:[6]string"(ptr %0, i64 %1, ptr %2) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %4, %hash.elem ]
  %3 = getelementptr { ptr, i64 }, ptr %0, i64 %i
  %4 = call i64 @"hash:string"(ptr %3, i64 %h, ptr null)
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 6
  br i1 %6, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %4
}

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_strhash(ptr, i64)

declare void @llgo_printstring(ptr, i64)

define linkonce_odr i1 @"eq:[5]float64"(ptr %0, ptr %1, ptr %2) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %6, %eq.next ]
  %3 = getelementptr double, ptr %0, i64 %i
  %4 = getelementptr double, ptr %1, i64 %i
  %5 = call i1 @"eq:float64"(ptr %3, ptr %4, ptr null)
  br i1 %5, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %6 = add i64 %i, 1
  %7 = icmp ult i64 %6, 5
  br i1 %7, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

define linkonce_odr i1 @"eq:float64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load double, ptr %0, align 8
  %4 = load double, ptr %1, align 8
  %5 = fcmp oeq double %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*float64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"hash:[5]float64"(ptr %0, i64 %1, ptr %2) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %4, %hash.elem ]
  %3 = getelementptr double, ptr %0, i64 %i
  %4 = call i64 @"hash:float64"(ptr %3, i64 %h, ptr null)
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 5
  br i1 %6, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %4
}

define linkonce_odr i64 @"hash:float64"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_f64hash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_f64hash(ptr, i64)

declare ptr @llgo_newobject(ptr)

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

define linkonce_odr i1 @"eq:[8]interface{}"(ptr %0, ptr %1, ptr %2) {
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
  %7 = icmp ult i64 %6, 8
  br i1 %7, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

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

define linkonce_odr i1 @"eq:[0]int"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [0 x i64], ptr %0, align 8
  %4 = load [0 x i64], ptr %1, align 8
  ret i1 true
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @"main.main$1"(ptr null) #2
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
