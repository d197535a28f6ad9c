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
  %load = alloca [1000 x i8], align 8
  %load1 = alloca [1000 x i8], align 8
  %load2 = alloca [1000 x i8], align 8
  %load3 = alloca [1000 x i8], align 8
  %load4 = alloca [1000 x i8], align 8
  %load5 = alloca [1000 x i8], align 8
  %load6 = alloca [1000 x i8], align 8
  %load7 = alloca [1000 x i8], align 8
  %c = alloca [1000 x i8], align 8
  %load8 = alloca [1000 x i8], align 8
  %load9 = alloca [1000 x i8], align 8
  %load10 = alloca [1000 x i8], align 8
  %complit = alloca [1000 x i8], align 8
  %load11 = alloca [1000 x i8], align 8
  %complit12 = alloca [6 x { ptr, i64 }], align 8
  %load13 = alloca [6 x { ptr, i64 }], align 8
  %s1 = alloca [6 x { ptr, i64 }], align 8
  %load14 = alloca [6 x { ptr, i64 }], align 8
  %s2 = alloca [6 x { ptr, i64 }], align 8
  %load15 = alloca [6 x { ptr, i64 }], align 8
  %load16 = alloca [6 x { ptr, i64 }], align 8
  %load17 = alloca [6 x { ptr, i64 }], align 8
  %complit18 = alloca [6 x { ptr, i64 }], align 8
  %load19 = alloca [6 x { ptr, i64 }], align 8
  %complit20 = alloca %main.Rec, align 8
  %load21 = alloca %main.Rec, align 8
  %complit22 = alloca %main.Rec, align 8
  %load23 = alloca %main.Rec, align 8
  %complit24 = alloca %main.Rec, align 8
  %load25 = alloca %main.Rec, align 8
  %complit26 = alloca %main.Rec, align 8
  %load27 = alloca %main.Rec, align 8
  %complit28 = alloca %main.Rec, align 8
  %load29 = alloca %main.Rec, align 8
  %complit30 = alloca [5 x double], align 8
  %f1 = alloca [5 x double], align 8
  %complit31 = alloca [5 x double], align 8
  %f2 = alloca [5 x double], align 8
  %complit32 = alloca [5 x double], align 8
  %f3 = alloca [5 x double], align 8
  %cmp.x = alloca [5 x double], align 8
  %cmp.y = alloca [5 x double], align 8
  %cmp.x33 = alloca [5 x double], align 8
  %cmp.y34 = alloca [5 x double], align 8
  %mapkey = alloca [5 x double], align 8
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
  %load55 = alloca [8 x { ptr, ptr }], align 8
  %big = alloca [8 x { ptr, ptr }], align 8
  %load56 = alloca [8 x { ptr, ptr }], align 8
  %other = alloca [8 x { ptr, ptr }], align 8
  %load57 = alloca [8 x { ptr, ptr }], align 8
  %load58 = alloca [8 x { ptr, ptr }], align 8
  %load59 = alloca [8 x { ptr, ptr }], align 8
  %load60 = alloca [8 x { ptr, ptr }], align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @llvm.memset.p0.i64(ptr align 1 %a, i8 0, i64 1000, i1 false)
  call void @llvm.memset.p0.i64(ptr align 1 %b, i8 0, i64 1000, i1 false)
  %2 = getelementptr [1000 x i8], ptr %b, i64 0, i64 999
  store i8 1, ptr %2, align 1
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load, ptr align 1 %a, i64 1000, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load1, ptr align 1 %b, i64 1000, i1 false)
  %3 = call i1 @"eq:main.Key"(ptr %load, ptr %load1, ptr null)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load2, ptr align 1 %a, i64 1000, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load3, ptr align 1 %a, i64 1000, i1 false)
  %4 = call i1 @"eq:main.Key"(ptr %load2, ptr %load3, ptr null)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load4, ptr align 1 %a, i64 1000, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load5, ptr align 1 %b, i64 1000, i1 false)
  %5 = call i1 @"eq:main.Key"(ptr %load4, ptr %load5, ptr null)
  %6 = xor i1 %5, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %3)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %4)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %6)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %7 = call ptr @llgo_makemap(ptr @"type:map[main.Key]int", i64 2)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load6, ptr align 1 %a, i64 1000, i1 false)
  %8 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %7, ptr %load6)
  store i64 1, ptr %8, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load7, ptr align 1 %b, i64 1000, i1 false)
  %9 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %7, ptr %load7)
  store i64 2, ptr %9, align 8
  call void @llvm.memset.p0.i64(ptr align 1 %c, i8 0, i64 1000, i1 false)
  %10 = getelementptr [1000 x i8], ptr %c, i64 0, i64 999
  store i8 1, ptr %10, align 1
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load8, ptr align 1 %c, i64 1000, i1 false)
  %11 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %7, ptr %load8)
  %12 = icmp ne ptr %11, null
  %13 = select i1 %12, ptr %11, ptr @"zero:int"
  %14 = load i64, ptr %13, align 8
  %15 = add i64 %14, 10
  %16 = call ptr @llgo_mapassign(ptr @"type:map[main.Key]int", ptr %7, ptr %load8)
  store i64 %15, ptr %16, align 8
  %17 = call i64 @llgo_maplen(ptr %7)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load9, ptr align 1 %a, i64 1000, i1 false)
  %18 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %7, ptr %load9)
  %19 = icmp ne ptr %18, null
  %20 = select i1 %19, ptr %18, ptr @"zero:int"
  %21 = load i64, ptr %20, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load10, ptr align 1 %b, i64 1000, i1 false)
  %22 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %7, ptr %load10)
  %23 = icmp ne ptr %22, null
  %24 = select i1 %23, ptr %22, ptr @"zero:int"
  %25 = load i64, ptr %24, align 8
  call void @llvm.memset.p0.i64(ptr align 1 %complit, i8 0, i64 1000, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %load11, ptr align 1 %complit, i64 1000, i1 false)
  %26 = call ptr @llgo_mapaccess(ptr @"type:map[main.Key]int", ptr %7, ptr %load11)
  %27 = icmp ne ptr %26, null
  %28 = select i1 %27, ptr %26, ptr @"zero:int"
  %29 = load i64, ptr %28, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %17)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %21)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %25)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %29)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llvm.memset.p0.i64(ptr align 8 %complit12, i8 0, i64 96, i1 false)
  %30 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %30, align 8
  %31 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %31, align 8
  %32 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %32, align 8
  %33 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %33, align 8
  %34 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 4
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %34, align 8
  %35 = getelementptr [6 x { ptr, i64 }], ptr %complit12, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %35, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load13, ptr align 8 %complit12, i64 96, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %s1, i8 0, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %s1, ptr align 8 %load13, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load14, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %s2, i8 0, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %s2, ptr align 8 %load14, i64 96, i1 false)
  %36 = getelementptr [6 x { ptr, i64 }], ptr %s2, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %36, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load15, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load16, ptr align 8 %s2, i64 96, i1 false)
  %37 = call i1 @"eq:[6]string"(ptr %load15, ptr %load16, ptr null)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load17, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %complit18, i8 0, i64 96, i1 false)
  %38 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %38, align 8
  %39 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %39, align 8
  %40 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %40, align 8
  %41 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %41, align 8
  %42 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 4
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %42, align 8
  %43 = getelementptr [6 x { ptr, i64 }], ptr %complit18, i64 0, i64 5
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %43, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load19, ptr align 8 %complit18, i64 96, i1 false)
  %44 = call i1 @"eq:[6]string"(ptr %load17, ptr %load19, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %37)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %44)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %45 = call ptr @llgo_makemap(ptr @"type:map[main.Rec]string", i64 2)
  call void @llvm.memset.p0.i64(ptr align 8 %complit20, i8 0, i64 104, i1 false)
  %46 = getelementptr inbounds nuw %main.Rec, ptr %complit20, i32 0, i32 0
  store i64 1, ptr %46, align 8
  %47 = getelementptr inbounds nuw %main.Rec, ptr %complit20, i32 0, i32 1
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %47, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load21, ptr align 8 %complit20, i64 104, i1 false)
  %48 = call ptr @llgo_mapassign(ptr @"type:map[main.Rec]string", ptr %45, ptr %load21)
  store { ptr, i64 } { ptr @.str.7, i64 3 }, ptr %48, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %complit22, i8 0, i64 104, i1 false)
  %49 = getelementptr inbounds nuw %main.Rec, ptr %complit22, i32 0, i32 0
  store i64 1, ptr %49, align 8
  %50 = getelementptr inbounds nuw %main.Rec, ptr %complit22, i32 0, i32 1
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %50, ptr align 8 %s2, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load23, ptr align 8 %complit22, i64 104, i1 false)
  %51 = call ptr @llgo_mapassign(ptr @"type:map[main.Rec]string", ptr %45, ptr %load23)
  store { ptr, i64 } { ptr @.str.8, i64 3 }, ptr %51, align 8
  %52 = call i64 @llgo_maplen(ptr %45)
  call void @llvm.memset.p0.i64(ptr align 8 %complit24, i8 0, i64 104, i1 false)
  %53 = getelementptr inbounds nuw %main.Rec, ptr %complit24, i32 0, i32 0
  store i64 1, ptr %53, align 8
  %54 = getelementptr inbounds nuw %main.Rec, ptr %complit24, i32 0, i32 1
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %54, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load25, ptr align 8 %complit24, i64 104, i1 false)
  %55 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %45, ptr %load25)
  %56 = icmp ne ptr %55, null
  %57 = select i1 %56, ptr %55, ptr @"zero:string"
  %58 = load { ptr, i64 }, ptr %57, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %complit26, i8 0, i64 104, i1 false)
  %59 = getelementptr inbounds nuw %main.Rec, ptr %complit26, i32 0, i32 0
  store i64 1, ptr %59, align 8
  %60 = getelementptr inbounds nuw %main.Rec, ptr %complit26, i32 0, i32 1
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %60, ptr align 8 %s2, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load27, ptr align 8 %complit26, i64 104, i1 false)
  %61 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %45, ptr %load27)
  %62 = icmp ne ptr %61, null
  %63 = select i1 %62, ptr %61, ptr @"zero:string"
  %64 = load { ptr, i64 }, ptr %63, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %complit28, i8 0, i64 104, i1 false)
  %65 = getelementptr inbounds nuw %main.Rec, ptr %complit28, i32 0, i32 0
  store i64 2, ptr %65, align 8
  %66 = getelementptr inbounds nuw %main.Rec, ptr %complit28, i32 0, i32 1
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %66, ptr align 8 %s1, i64 96, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load29, ptr align 8 %complit28, i64 104, i1 false)
  %67 = call ptr @llgo_mapaccess(ptr @"type:map[main.Rec]string", ptr %45, ptr %load29)
  %68 = icmp ne ptr %67, null
  %69 = select i1 %68, ptr %67, ptr @"zero:string"
  %70 = load { ptr, i64 }, ptr %69, align 8
  %71 = extractvalue { ptr, i64 } %70, 0
  %72 = extractvalue { ptr, i64 } %70, 1
  %73 = call i1 @llgo_eqstring(ptr %71, i64 %72, ptr null, i64 0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %52)
  call void @llgo_printsp()
  %74 = extractvalue { ptr, i64 } %58, 0
  %75 = extractvalue { ptr, i64 } %58, 1
  call void @llgo_printstring(ptr %74, i64 %75)
  call void @llgo_printsp()
  %76 = extractvalue { ptr, i64 } %64, 0
  %77 = extractvalue { ptr, i64 } %64, 1
  call void @llgo_printstring(ptr %76, i64 %77)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %73)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store [5 x double] zeroinitializer, ptr %complit30, align 8
  %78 = getelementptr [5 x double], ptr %complit30, i64 0, i64 0
  store double 1.000000e+00, ptr %78, align 8
  %79 = getelementptr [5 x double], ptr %complit30, i64 0, i64 1
  store double 2.000000e+00, ptr %79, align 8
  %80 = getelementptr [5 x double], ptr %complit30, i64 0, i64 2
  store double 3.000000e+00, ptr %80, align 8
  %81 = getelementptr [5 x double], ptr %complit30, i64 0, i64 3
  store double 4.000000e+00, ptr %81, align 8
  %82 = getelementptr [5 x double], ptr %complit30, i64 0, i64 4
  store double 0.000000e+00, ptr %82, align 8
  %83 = load [5 x double], ptr %complit30, align 8
  store [5 x double] zeroinitializer, ptr %f1, align 8
  store [5 x double] %83, ptr %f1, align 8
  store [5 x double] zeroinitializer, ptr %complit31, align 8
  %84 = getelementptr [5 x double], ptr %complit31, i64 0, i64 0
  store double 1.000000e+00, ptr %84, align 8
  %85 = getelementptr [5 x double], ptr %complit31, i64 0, i64 1
  store double 2.000000e+00, ptr %85, align 8
  %86 = getelementptr [5 x double], ptr %complit31, i64 0, i64 2
  store double 3.000000e+00, ptr %86, align 8
  %87 = getelementptr [5 x double], ptr %complit31, i64 0, i64 3
  store double 4.000000e+00, ptr %87, align 8
  %88 = getelementptr [5 x double], ptr %complit31, i64 0, i64 4
  store double -0.000000e+00, ptr %88, align 8
  %89 = load [5 x double], ptr %complit31, align 8
  store [5 x double] zeroinitializer, ptr %f2, align 8
  store [5 x double] %89, ptr %f2, align 8
  store [5 x double] zeroinitializer, ptr %complit32, align 8
  %90 = getelementptr [5 x double], ptr %complit32, i64 0, i64 0
  store double 1.000000e+00, ptr %90, align 8
  %91 = getelementptr [5 x double], ptr %complit32, i64 0, i64 1
  store double 2.000000e+00, ptr %91, align 8
  %92 = getelementptr [5 x double], ptr %complit32, i64 0, i64 2
  store double 3.000000e+00, ptr %92, align 8
  %93 = getelementptr [5 x double], ptr %complit32, i64 0, i64 3
  store double 4.000000e+00, ptr %93, align 8
  %94 = getelementptr [5 x double], ptr %complit32, i64 0, i64 4
  store double 0x7FF8000000000000, ptr %94, align 8
  %95 = load [5 x double], ptr %complit32, align 8
  store [5 x double] zeroinitializer, ptr %f3, align 8
  store [5 x double] %95, ptr %f3, align 8
  %96 = load [5 x double], ptr %f1, align 8
  %97 = load [5 x double], ptr %f2, align 8
  store [5 x double] %96, ptr %cmp.x, align 8
  store [5 x double] %97, ptr %cmp.y, align 8
  %98 = call i1 @"eq:[5]float64"(ptr %cmp.x, ptr %cmp.y, ptr null)
  %99 = load [5 x double], ptr %f3, align 8
  %100 = load [5 x double], ptr %f3, align 8
  store [5 x double] %99, ptr %cmp.x33, align 8
  store [5 x double] %100, ptr %cmp.y34, align 8
  %101 = call i1 @"eq:[5]float64"(ptr %cmp.x33, ptr %cmp.y34, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %98)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %101)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %102 = call ptr @llgo_makemap(ptr @"type:map[[5]float64]int", i64 0)
  %103 = load [5 x double], ptr %f1, align 8
  store [5 x double] %103, ptr %mapkey, align 8
  %104 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey)
  %105 = icmp ne ptr %104, null
  %106 = select i1 %105, ptr %104, ptr @"zero:int"
  %107 = load i64, ptr %106, align 8
  %108 = add i64 %107, 1
  store [5 x double] %103, ptr %mapkey35, align 8
  %109 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey35)
  store i64 %108, ptr %109, align 8
  %110 = load [5 x double], ptr %f2, align 8
  store [5 x double] %110, ptr %mapkey36, align 8
  %111 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey36)
  %112 = icmp ne ptr %111, null
  %113 = select i1 %112, ptr %111, ptr @"zero:int"
  %114 = load i64, ptr %113, align 8
  %115 = add i64 %114, 1
  store [5 x double] %110, ptr %mapkey37, align 8
  %116 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey37)
  store i64 %115, ptr %116, align 8
  %117 = load [5 x double], ptr %f3, align 8
  store [5 x double] %117, ptr %mapkey38, align 8
  %118 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey38)
  %119 = icmp ne ptr %118, null
  %120 = select i1 %119, ptr %118, ptr @"zero:int"
  %121 = load i64, ptr %120, align 8
  %122 = add i64 %121, 1
  store [5 x double] %117, ptr %mapkey39, align 8
  %123 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey39)
  store i64 %122, ptr %123, align 8
  %124 = load [5 x double], ptr %f3, align 8
  store [5 x double] %124, ptr %mapkey40, align 8
  %125 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey40)
  %126 = icmp ne ptr %125, null
  %127 = select i1 %126, ptr %125, ptr @"zero:int"
  %128 = load i64, ptr %127, align 8
  %129 = add i64 %128, 1
  store [5 x double] %124, ptr %mapkey41, align 8
  %130 = call ptr @llgo_mapassign(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey41)
  store i64 %129, ptr %130, align 8
  %131 = call i64 @llgo_maplen(ptr %102)
  %132 = load [5 x double], ptr %f1, align 8
  store [5 x double] %132, ptr %mapkey42, align 8
  %133 = call ptr @llgo_mapaccess(ptr @"type:map[[5]float64]int", ptr %102, ptr %mapkey42)
  %134 = icmp ne ptr %133, null
  %135 = select i1 %134, ptr %133, ptr @"zero:int"
  %136 = load i64, ptr %135, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %131)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %136)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %137 = call ptr @llgo_newobject(ptr @"type:main.Key")
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %137, ptr align 1 %a, i64 1000, i1 false)
  %138 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %137, 1
  %139 = call ptr @llgo_newobject(ptr @"type:main.Key")
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %139, ptr align 1 %c, i64 1000, i1 false)
  %140 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %139, 1
  %141 = extractvalue { ptr, ptr } %138, 0
  %142 = extractvalue { ptr, ptr } %140, 0
  %143 = extractvalue { ptr, ptr } %138, 1
  %144 = extractvalue { ptr, ptr } %140, 1
  %145 = icmp eq ptr %141, %142
  %146 = icmp eq ptr %141, null
  %147 = xor i1 %146, true
  %148 = and i1 %145, %147
  br i1 %148, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %149 = getelementptr i8, ptr %141, i64 24
  %150 = load ptr, ptr %149, align 8
  %151 = icmp eq ptr %150, null
  br i1 %151, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %141)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %152 = getelementptr i8, ptr %141, i64 23
  %153 = load i8, ptr %152, align 1
  %154 = and i8 %153, 32
  %155 = icmp ne i8 %154, 0
  %156 = icmp eq ptr %143, %144
  br i1 %155, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %157 = getelementptr i8, ptr %141, i64 32
  %158 = load ptr, ptr %157, align 8
  %159 = call i1 %150(ptr %143, ptr %144, ptr %158)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %160 = phi i1 [ %145, %"0.entry" ], [ %156, %uncomparable.next ], [ %159, %ifaceeq.boxed ]
  %161 = call ptr @llgo_newobject(ptr @"type:main.Key")
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %161, ptr align 1 %b, i64 1000, i1 false)
  %162 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %161, 1
  %163 = extractvalue { ptr, ptr } %138, 0
  %164 = extractvalue { ptr, ptr } %162, 0
  %165 = extractvalue { ptr, ptr } %138, 1
  %166 = extractvalue { ptr, ptr } %162, 1
  %167 = icmp eq ptr %163, %164
  %168 = icmp eq ptr %163, null
  %169 = xor i1 %168, true
  %170 = and i1 %167, %169
  br i1 %170, label %ifaceeq.values43, label %ifaceeq.done45

ifaceeq.values43:                                 ; preds = %ifaceeq.done
  %171 = getelementptr i8, ptr %163, i64 24
  %172 = load ptr, ptr %171, align 8
  %173 = icmp eq ptr %172, null
  br i1 %173, label %uncomparable.fail46, label %uncomparable.next47

uncomparable.fail46:                              ; preds = %ifaceeq.values43
  call void @llgo_panicuncomparable(ptr %163)
  unreachable

uncomparable.next47:                              ; preds = %ifaceeq.values43
  %174 = getelementptr i8, ptr %163, i64 23
  %175 = load i8, ptr %174, align 1
  %176 = and i8 %175, 32
  %177 = icmp ne i8 %176, 0
  %178 = icmp eq ptr %165, %166
  br i1 %177, label %ifaceeq.done45, label %ifaceeq.boxed44

ifaceeq.boxed44:                                  ; preds = %uncomparable.next47
  %179 = getelementptr i8, ptr %163, i64 32
  %180 = load ptr, ptr %179, align 8
  %181 = call i1 %172(ptr %165, ptr %166, ptr %180)
  br label %ifaceeq.done45

ifaceeq.done45:                                   ; preds = %ifaceeq.boxed44, %uncomparable.next47, %ifaceeq.done
  %182 = phi i1 [ %167, %ifaceeq.done ], [ %178, %uncomparable.next47 ], [ %181, %ifaceeq.boxed44 ]
  call void @llvm.memset.p0.i64(ptr align 1 %complit48, i8 0, i64 1000, i1 false)
  %183 = call ptr @llgo_newobject(ptr @"type:main.Key")
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %183, ptr align 1 %complit48, i64 1000, i1 false)
  %184 = insertvalue { ptr, ptr } { ptr @"type:main.Key", ptr undef }, ptr %183, 1
  %185 = extractvalue { ptr, ptr } %138, 0
  %186 = extractvalue { ptr, ptr } %184, 0
  %187 = extractvalue { ptr, ptr } %138, 1
  %188 = extractvalue { ptr, ptr } %184, 1
  %189 = icmp eq ptr %185, %186
  %190 = icmp eq ptr %185, null
  %191 = xor i1 %190, true
  %192 = and i1 %189, %191
  br i1 %192, label %ifaceeq.values49, label %ifaceeq.done51

ifaceeq.values49:                                 ; preds = %ifaceeq.done45
  %193 = getelementptr i8, ptr %185, i64 24
  %194 = load ptr, ptr %193, align 8
  %195 = icmp eq ptr %194, null
  br i1 %195, label %uncomparable.fail52, label %uncomparable.next53

uncomparable.fail52:                              ; preds = %ifaceeq.values49
  call void @llgo_panicuncomparable(ptr %185)
  unreachable

uncomparable.next53:                              ; preds = %ifaceeq.values49
  %196 = getelementptr i8, ptr %185, i64 23
  %197 = load i8, ptr %196, align 1
  %198 = and i8 %197, 32
  %199 = icmp ne i8 %198, 0
  %200 = icmp eq ptr %187, %188
  br i1 %199, label %ifaceeq.done51, label %ifaceeq.boxed50

ifaceeq.boxed50:                                  ; preds = %uncomparable.next53
  %201 = getelementptr i8, ptr %185, i64 32
  %202 = load ptr, ptr %201, align 8
  %203 = call i1 %194(ptr %187, ptr %188, ptr %202)
  br label %ifaceeq.done51

ifaceeq.done51:                                   ; preds = %ifaceeq.boxed50, %uncomparable.next53, %ifaceeq.done45
  %204 = phi i1 [ %189, %ifaceeq.done45 ], [ %200, %uncomparable.next53 ], [ %203, %ifaceeq.boxed50 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %160)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %182)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %204)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llvm.memset.p0.i64(ptr align 8 %complit54, i8 0, i64 128, i1 false)
  %205 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %205, align 8
  %206 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %205, 1
  %207 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 0
  store { ptr, ptr } %206, ptr %207, align 8
  %208 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.8, i64 3 }, ptr %208, align 8
  %209 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %208, 1
  %210 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 1
  store { ptr, ptr } %209, ptr %210, align 8
  %211 = call ptr @llgo_newobject(ptr @"type:float64")
  store double 3.000000e+00, ptr %211, align 8
  %212 = insertvalue { ptr, ptr } { ptr @"type:float64", ptr undef }, ptr %211, 1
  %213 = getelementptr [8 x { ptr, ptr }], ptr %complit54, i64 0, i64 2
  store { ptr, ptr } %212, ptr %213, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load55, ptr align 8 %complit54, i64 128, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %big, i8 0, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %big, ptr align 8 %load55, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load56, ptr align 8 %big, i64 128, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %other, i8 0, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %other, ptr align 8 %load56, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load57, ptr align 8 %big, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load58, ptr align 8 %other, i64 128, i1 false)
  %214 = call i1 @"eq:[8]interface{}"(ptr %load57, ptr %load58, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %214)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %215 = call ptr @llgo_newobject(ptr @"type:[0]int")
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done51
  call void @llgo_panicslicelen(i64 0, i64 0, i64 0)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done51
  %216 = getelementptr i64, ptr %215, i64 0
  %217 = insertvalue { ptr, i64, i64 } undef, ptr %216, 0
  %218 = insertvalue { ptr, i64, i64 } %217, i64 0, 1
  %219 = insertvalue { ptr, i64, i64 } %218, i64 0, 2
  %220 = getelementptr [8 x { ptr, ptr }], ptr %other, i64 0, i64 7
  %221 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %219, ptr %221, align 8
  %222 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %221, 1
  store { ptr, ptr } %222, ptr %220, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer1", ptr null, ptr @"main.main$1")
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load59, ptr align 8 %big, i64 128, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load60, ptr align 8 %other, i64 128, i1 false)
  %223 = call i1 @"eq:[8]interface{}"(ptr %load59, ptr %load60, ptr null)
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %223)
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #0

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #1

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
  %3 = getelementptr inbounds nuw %main.Rec, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds nuw %main.Rec, ptr %1, i32 0, i32 0
  %5 = call i1 @"eq:int"(ptr %3, ptr %4, ptr null)
  br i1 %5, label %eq.field, label %eq.differ

eq.differ:                                        ; preds = %eq.field, %entry
  ret i1 false

eq.field:                                         ; preds = %entry
  %6 = getelementptr inbounds nuw %main.Rec, ptr %0, i32 0, i32 1
  %7 = getelementptr inbounds nuw %main.Rec, ptr %1, i32 0, i32 1
  %8 = call i1 @"eq:[6]string"(ptr %6, ptr %7, ptr null)
  br i1 %8, label %eq.field1, label %eq.differ

eq.field1:                                        ; preds = %eq.field
  ret i1 true
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
declare void @llgo_panicuncomparable(ptr) #2

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
declare void @llgo_panicslicelen(i64, i64, i64) #2

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @"main.main$1"(ptr null) #4
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #3

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

attributes #0 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noreturn }
attributes #3 = { returns_twice }
attributes #4 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
