; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.B = type { { ptr, i64 } }
%main.P = type { i64, i64, { ptr, i64 } }
%main.K = type { i8, i32, i64 }

@"name:0:*map[main.P]string" = linkonce_odr constant [20 x i8] c"\00\12*map[main.P]string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:1:*main.P" = linkonce_odr constant [9 x i8] c"\01\07*main.P", align 1
@"type:*main.P" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1274422770, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.P", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.P" }, section "llgo_types", align 8
@"gcbits:04" = linkonce_odr constant [1 x i8] c"\04"
@"name:1:X" = linkonce_odr constant [3 x i8] c"\01\01X", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:1:Y" = linkonce_odr constant [3 x i8] c"\01\01Y", align 1
@"name:1:S" = linkonce_odr constant [3 x i8] c"\01\01S", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"type:main.P" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [3 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 24, i32 -2012304554, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.P", ptr null }, ptr @"gcbits:04", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.P", i64 104), i64 3, i64 3 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 88, i32 0 }, [3 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:1:X", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:1:Y", ptr @"type:int", i64 8 }, { ptr, ptr, i64 } { ptr @"name:1:S", ptr @"type:string", i64 16 }] }, section "llgo_types", align 8
@"type:map[main.P]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1192436181, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.P]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.P", ptr @"type:string", ptr null, { ptr, ptr } { ptr @"hash:main.P", ptr null }, i8 32, i8 16, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"x", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"one", align 1
@"zero:string" = private constant { ptr, i64 } zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [1 x i8] c"!", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"two", align 1
@.str.4 = private unnamed_addr constant [1 x i8] c"y", align 1
@"name:0:*map[main.K]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[main.K]int", align 1
@"name:1:*main.K" = linkonce_odr constant [9 x i8] c"\01\07*main.K", align 1
@"type:*main.K" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1693863245, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.K", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.K" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.K" }, section "llgo_types", align 8
@"name:0:a" = linkonce_odr constant [3 x i8] c"\00\01a", align 1
@"name:0:*int8" = linkonce_odr constant [7 x i8] c"\00\05*int8", align 1
@"type:*int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 248811722, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int8" }, section "llgo_types", align 8
@"type:int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1908960610, i8 15, i8 1, i8 1, i8 3, { ptr, ptr } { ptr @"eq:int8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:_" = linkonce_odr constant [3 x i8] c"\00\01_", align 1
@"name:0:*int32" = linkonce_odr constant [8 x i8] c"\00\06*int32", align 1
@"type:*int32" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -628509097, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int32", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int32" }, section "llgo_types", align 8
@"type:int32" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 4, i64 0, i32 2023058895, i8 15, i8 4, i8 4, i8 5, { ptr, ptr } { ptr @"eq:int32", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:b" = linkonce_odr constant [3 x i8] c"\00\01b", align 1
@"name:0:*int64" = linkonce_odr constant [8 x i8] c"\00\06*int64", align 1
@"type:*int64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1115524636, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int64", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int64" }, section "llgo_types", align 8
@"type:int64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 9009140, i8 15, i8 8, i8 8, i8 6, { ptr, ptr } { ptr @"eq:int64", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:main.K" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [3 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 2131664171, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.K", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.K" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.K" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.K", i64 104), i64 3, i64 3 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 88, i32 0 }, [3 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:a", ptr @"type:int8", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:_", ptr @"type:int32", i64 4 }, { ptr, ptr, i64 } { ptr @"name:0:b", ptr @"type:int64", i64 8 }] }, section "llgo_types", align 8
@"type:map[main.K]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -458108248, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.K]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.K", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:main.K", ptr null }, i8 16, i8 8, i16 0, i32 4 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8
@"name:0:*map[[3]int]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[[3]int]int", align 1
@"name:0:*[3]int" = linkonce_odr constant [9 x i8] c"\00\07*[3]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[3]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 0, i32 651278603, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[3]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[3]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 3 }, section "llgo_types", align 8
@"type:map[[3]int]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -2088168908, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[[3]int]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:[3]int", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:[3]int", ptr null }, i8 24, i8 8, i16 0, i32 4 }, section "llgo_types", align 8
@"name:0:*map[[2]string]int" = linkonce_odr constant [20 x i8] c"\00\12*map[[2]string]int", align 1
@"name:0:*[2]string" = linkonce_odr constant [12 x i8] c"\00\0A*[2]string", align 1
@"gcbits:05" = linkonce_odr constant [1 x i8] c"\05"
@"name:0:*[]string" = linkonce_odr constant [11 x i8] c"\00\09*[]string", align 1
@"type:[]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1809559048, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:[2]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 24, i32 1903738042, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]string", ptr null }, ptr @"gcbits:05", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]string", i64 2 }, section "llgo_types", align 8
@"type:map[[2]string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 126867623, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[[2]string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:[2]string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:[2]string", ptr null }, i8 32, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str.5 = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.6 = private unnamed_addr constant [1 x i8] c"b", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"ab", align 1
@"name:0:*map[float64]int" = linkonce_odr constant [18 x i8] c"\00\10*map[float64]int", align 1
@"name:0:*float64" = linkonce_odr constant [10 x i8] c"\00\08*float64", align 1
@"type:*float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 928871807, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*float64", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float64" }, section "llgo_types", align 8
@"type:float64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1200761001, i8 7, i8 8, i8 8, i8 14, { ptr, ptr } { ptr @"eq:float64", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*float64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[float64]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 221326050, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[float64]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float64", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:float64", ptr null }, i8 8, i8 8, i16 0, i32 8 }, section "llgo_types", align 8
@"zero:float64" = private constant double 0.000000e+00, align 8
@"name:0:*map[float32]bool" = linkonce_odr constant [19 x i8] c"\00\11*map[float32]bool", align 1
@"name:0:*float32" = linkonce_odr constant [10 x i8] c"\00\08*float32", align 1
@"type:*float32" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1016787544, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*float32", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float32" }, section "llgo_types", align 8
@"type:float32" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 4, i64 0, i32 611663136, i8 7, i8 4, i8 4, i8 13, { ptr, ptr } { ptr @"eq:float32", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*float32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*float32" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*bool" = linkonce_odr constant [7 x i8] c"\00\05*bool", align 1
@"type:*bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -516152683, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*bool", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:bool" }, section "llgo_types", align 8
@"type:bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 -559334259, i8 15, i8 1, i8 1, i8 1, { ptr, ptr } { ptr @"eq:bool", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[float32]bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -2004143080, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[float32]bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:float32", ptr @"type:bool", ptr null, { ptr, ptr } { ptr @"hash:float32", ptr null }, i8 4, i8 1, i16 0, i32 8 }, section "llgo_types", align 8
@"zero:bool" = private constant i1 false, align 8
@"name:0:*map[complex128]int" = linkonce_odr constant [21 x i8] c"\00\13*map[complex128]int", align 1
@"name:0:*complex128" = linkonce_odr constant [13 x i8] c"\00\0B*complex128", align 1
@"type:*complex128" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1744463424, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*complex128", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*complex128" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:complex128" }, section "llgo_types", align 8
@"type:complex128" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -622864808, i8 7, i8 8, i8 8, i8 16, { ptr, ptr } { ptr @"eq:complex128", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*complex128" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*complex128" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[complex128]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -136092601, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[complex128]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:complex128", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:complex128", ptr null }, i8 16, i8 8, i16 0, i32 8 }, section "llgo_types", align 8
@"name:0:*map[interface {}]int" = linkonce_odr constant [23 x i8] c"\00\15*map[interface {}]int", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@"type:map[interface{}]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 797816425, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[interface {}]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:interface{}", ptr null }, i8 16, i8 8, i16 0, i32 24 }, section "llgo_types", align 8
@.str.8 = private unnamed_addr constant [1 x i8] c"1", align 1
@"name:0:*[2]int" = linkonce_odr constant [9 x i8] c"\00\07*[2]int", align 1
@"type:[2]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 -937723424, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 2 }, section "llgo_types", align 8
@"name:0:*map[main.I]string" = linkonce_odr constant [20 x i8] c"\00\12*map[main.I]string", align 1
@"name:1:*main.I" = linkonce_odr constant [9 x i8] c"\01\07*main.I", align 1
@"type:*main.I" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1660308007, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.I", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.I" }, section "llgo_types", align 8
@"name:1:M" = linkonce_odr constant [3 x i8] c"\01\01M", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"type:main.I" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -2129747887, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.I", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.I" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.I", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:map[main.I]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -60000260, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.I]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.I", ptr @"type:string", ptr null, { ptr, ptr } { ptr @"hash:main.I", ptr null }, i8 16, i8 16, i16 0, i32 24 }, section "llgo_types", align 8
@"itab:main.A,main.I" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.I", ptr @"type:main.A", i32 2030998457, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.A.M$ptr"] }, align 8
@"name:1:*main.A" = linkonce_odr constant [9 x i8] c"\01\07*main.A", align 1
@"type:*main.A" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1526087055, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.A", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.A" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.A", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.A.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.A.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.A" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 2030998457, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:main.A", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.A" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.A" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.A.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.A.M to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.9 = private unnamed_addr constant [2 x i8] c"A3", align 1
@"name:1:*main.B" = linkonce_odr constant [9 x i8] c"\01\07*main.B", align 1
@"type:*main.B" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1576419912, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.B", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.B" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.B", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*B).M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*B).M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:s" = linkonce_odr constant [3 x i8] c"\00\01s", align 1
@"type:main.B" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 1980665600, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.B", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.B" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.B" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.B", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:s", ptr @"type:string", i64 0 }] }, section "llgo_types", align 8
@.str.10 = private unnamed_addr constant [5 x i8] c"hello", align 1
@"itab:*main.B,main.I" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.I", ptr @"type:*main.B", i32 -1576419912, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.(*B).M"] }, align 8
@.str.11 = private unnamed_addr constant [1 x i8] c"B", align 1
@"name:0:*map[bool]int" = linkonce_odr constant [15 x i8] c"\00\0D*map[bool]int", align 1
@"type:map[bool]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 244331670, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[bool]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:bool", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:bool", ptr null }, i8 1, i8 8, i16 0, i32 4 }, section "llgo_types", align 8
@"name:0:*map[int32]string" = linkonce_odr constant [19 x i8] c"\00\11*map[int32]string", align 1
@"type:map[int32]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2039790208, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[int32]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int32", ptr @"type:string", ptr null, { ptr, ptr } { ptr @"hash:int32", ptr null }, i8 4, i8 16, i16 0, i32 4 }, section "llgo_types", align 8
@.str.12 = private unnamed_addr constant [1 x i8] c"A", align 1
@"name:0:*map[uint8]int" = linkonce_odr constant [16 x i8] c"\00\0E*map[uint8]int", align 1
@"name:0:*uint8" = linkonce_odr constant [8 x i8] c"\00\06*uint8", align 1
@"type:*uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1311927363, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*uint8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8" }, section "llgo_types", align 8
@"type:uint8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1859498347, i8 15, i8 1, i8 1, i8 8, { ptr, ptr } { ptr @"eq:uint8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*uint8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[uint8]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1286886630, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[uint8]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:uint8", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:uint8", ptr null }, i8 1, i8 8, i16 0, i32 4 }, section "llgo_types", align 8

define i64 @main.A.M(i64 %a, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret i64 %a
}

define i64 @"main.(*B).M"(ptr %b, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %b, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.B, ptr %b, i32 0, i32 0
  %2 = load { ptr, i64 }, ptr %1, align 8
  %3 = extractvalue { ptr, i64 } %2, 1
  ret i64 %3
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.P, align 8
  %mapkey = alloca %main.P, align 8
  %complit1 = alloca %main.P, align 8
  %mapkey2 = alloca %main.P, align 8
  %mapkey3 = alloca %main.P, align 8
  %complit4 = alloca %main.P, align 8
  %mapkey5 = alloca %main.P, align 8
  %complit6 = alloca %main.P, align 8
  %mapkey7 = alloca %main.P, align 8
  %complit8 = alloca %main.P, align 8
  %mapkey9 = alloca %main.P, align 8
  %complit10 = alloca %main.P, align 8
  %mapkey11 = alloca %main.P, align 8
  %complit12 = alloca %main.K, align 8
  %mapkey13 = alloca %main.K, align 8
  %complit14 = alloca %main.K, align 8
  %mapkey15 = alloca %main.K, align 8
  %mapkey16 = alloca %main.K, align 8
  %complit17 = alloca %main.K, align 8
  %mapkey18 = alloca %main.K, align 8
  %complit19 = alloca [3 x i64], align 8
  %mapkey20 = alloca [3 x i64], align 8
  %complit21 = alloca [3 x i64], align 8
  %mapkey22 = alloca [3 x i64], align 8
  %mapkey23 = alloca [3 x i64], align 8
  %complit24 = alloca [3 x i64], align 8
  %mapkey25 = alloca [3 x i64], align 8
  %complit26 = alloca [3 x i64], align 8
  %mapkey27 = alloca [3 x i64], align 8
  %complit28 = alloca [2 x { ptr, i64 }], align 8
  %mapkey29 = alloca [2 x { ptr, i64 }], align 8
  %complit30 = alloca [2 x { ptr, i64 }], align 8
  %mapkey31 = alloca [2 x { ptr, i64 }], align 8
  %complit32 = alloca [2 x { ptr, i64 }], align 8
  %mapkey33 = alloca [2 x { ptr, i64 }], align 8
  %complit34 = alloca [2 x { ptr, i64 }], align 8
  %mapkey35 = alloca [2 x { ptr, i64 }], align 8
  %complit36 = alloca [2 x { ptr, i64 }], align 8
  %mapkey37 = alloca [2 x { ptr, i64 }], align 8
  %mapkey38 = alloca double, align 8
  %mapkey39 = alloca double, align 8
  %mapkey40 = alloca double, align 8
  %mapkey41 = alloca double, align 8
  %mapkey42 = alloca double, align 8
  %mapkey43 = alloca double, align 8
  %rangemap = alloca [7 x i64], align 8
  %mapkey44 = alloca double, align 8
  %mapkey45 = alloca double, align 8
  %mapkey46 = alloca float, align 8
  %mapkey47 = alloca float, align 8
  %mapkey48 = alloca { double, double }, align 8
  %mapkey49 = alloca { double, double }, align 8
  %mapkey50 = alloca { double, double }, align 8
  %mapkey51 = alloca { double, double }, align 8
  %mapkey52 = alloca { ptr, ptr }, align 8
  %mapkey53 = alloca { ptr, ptr }, align 8
  %mapkey54 = alloca { ptr, ptr }, align 8
  %complit55 = alloca %main.P, align 8
  %mapkey56 = alloca { ptr, ptr }, align 8
  %mapkey57 = alloca { ptr, ptr }, align 8
  %mapkey58 = alloca { ptr, ptr }, align 8
  %mapkey59 = alloca { ptr, ptr }, align 8
  %complit60 = alloca [2 x i64], align 8
  %mapkey61 = alloca { ptr, ptr }, align 8
  %mapkey62 = alloca { ptr, ptr }, align 8
  %mapkey63 = alloca { ptr, ptr }, align 8
  %mapkey64 = alloca { ptr, ptr }, align 8
  %complit65 = alloca %main.P, align 8
  %mapkey66 = alloca { ptr, ptr }, align 8
  %mapkey67 = alloca { ptr, ptr }, align 8
  %mapkey68 = alloca { ptr, ptr }, align 8
  %complit69 = alloca [2 x i64], align 8
  %mapkey70 = alloca { ptr, ptr }, align 8
  %mapkey71 = alloca { ptr, ptr }, align 8
  %mapkey72 = alloca { ptr, ptr }, align 8
  %mapkey73 = alloca { ptr, ptr }, align 8
  %mapkey74 = alloca { ptr, ptr }, align 8
  %mapkey75 = alloca { ptr, ptr }, align 8
  %mapkey76 = alloca { ptr, ptr }, align 8
  %mapkey77 = alloca { ptr, ptr }, align 8
  %mapkey78 = alloca { ptr, ptr }, align 8
  %mapkey79 = alloca { ptr, ptr }, align 8
  %mapkey80 = alloca { ptr, ptr }, align 8
  %mapkey81 = alloca { ptr, ptr }, align 8
  %mapkey82 = alloca i1, align 8
  %mapkey83 = alloca i1, align 8
  %mapkey84 = alloca i1, align 8
  %mapkey85 = alloca i1, align 8
  %mapkey86 = alloca i1, align 8
  %mapkey87 = alloca i32, align 8
  %mapkey88 = alloca i32, align 8
  %mapkey89 = alloca i32, align 8
  %mapkey90 = alloca i8, align 8
  %mapkey91 = alloca i8, align 8
  %mapkey92 = alloca i8, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[main.P]string", i64 1)
  store %main.P zeroinitializer, ptr %complit, align 8
  %1 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 0
  store i64 1, ptr %1, align 8
  %2 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 1
  store i64 2, ptr %2, align 8
  %3 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %3, align 8
  %4 = load %main.P, ptr %complit, align 8
  store %main.P %4, ptr %mapkey, align 8
  %5 = call ptr @llgo_mapassign(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey)
  store { ptr, i64 } { ptr @.str.1, i64 3 }, ptr %5, align 8
  store %main.P zeroinitializer, ptr %complit1, align 8
  %6 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 0
  store i64 1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 1
  store i64 2, ptr %7, align 8
  %8 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %8, align 8
  %9 = load %main.P, ptr %complit1, align 8
  store %main.P %9, ptr %mapkey2, align 8
  %10 = call ptr @llgo_mapaccess(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey2)
  %11 = icmp ne ptr %10, null
  %12 = select i1 %11, ptr %10, ptr @"zero:string"
  %13 = load { ptr, i64 }, ptr %12, align 8
  %14 = extractvalue { ptr, i64 } %13, 0
  %15 = extractvalue { ptr, i64 } %13, 1
  %16 = call { ptr, i64 } @llgo_concatstring2(ptr %14, i64 %15, ptr @.str.2, i64 1)
  store %main.P %9, ptr %mapkey3, align 8
  %17 = call ptr @llgo_mapassign(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey3)
  store { ptr, i64 } %16, ptr %17, align 8
  store %main.P zeroinitializer, ptr %complit4, align 8
  %18 = getelementptr inbounds nuw %main.P, ptr %complit4, i32 0, i32 0
  store i64 2, ptr %18, align 8
  %19 = getelementptr inbounds nuw %main.P, ptr %complit4, i32 0, i32 1
  store i64 1, ptr %19, align 8
  %20 = getelementptr inbounds nuw %main.P, ptr %complit4, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %20, align 8
  %21 = load %main.P, ptr %complit4, align 8
  store %main.P %21, ptr %mapkey5, align 8
  %22 = call ptr @llgo_mapassign(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey5)
  store { ptr, i64 } { ptr @.str.3, i64 3 }, ptr %22, align 8
  %23 = call i64 @llgo_maplen(ptr %0)
  store %main.P zeroinitializer, ptr %complit6, align 8
  %24 = getelementptr inbounds nuw %main.P, ptr %complit6, i32 0, i32 0
  store i64 1, ptr %24, align 8
  %25 = getelementptr inbounds nuw %main.P, ptr %complit6, i32 0, i32 1
  store i64 2, ptr %25, align 8
  %26 = getelementptr inbounds nuw %main.P, ptr %complit6, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %26, align 8
  %27 = load %main.P, ptr %complit6, align 8
  store %main.P %27, ptr %mapkey7, align 8
  %28 = call ptr @llgo_mapaccess(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey7)
  %29 = icmp ne ptr %28, null
  %30 = select i1 %29, ptr %28, ptr @"zero:string"
  %31 = load { ptr, i64 }, ptr %30, align 8
  store %main.P zeroinitializer, ptr %complit8, align 8
  %32 = getelementptr inbounds nuw %main.P, ptr %complit8, i32 0, i32 0
  store i64 2, ptr %32, align 8
  %33 = getelementptr inbounds nuw %main.P, ptr %complit8, i32 0, i32 1
  store i64 1, ptr %33, align 8
  %34 = getelementptr inbounds nuw %main.P, ptr %complit8, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %34, align 8
  %35 = load %main.P, ptr %complit8, align 8
  store %main.P %35, ptr %mapkey9, align 8
  %36 = call ptr @llgo_mapaccess(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey9)
  %37 = icmp ne ptr %36, null
  %38 = select i1 %37, ptr %36, ptr @"zero:string"
  %39 = load { ptr, i64 }, ptr %38, align 8
  store %main.P zeroinitializer, ptr %complit10, align 8
  %40 = getelementptr inbounds nuw %main.P, ptr %complit10, i32 0, i32 0
  store i64 1, ptr %40, align 8
  %41 = getelementptr inbounds nuw %main.P, ptr %complit10, i32 0, i32 1
  store i64 2, ptr %41, align 8
  %42 = getelementptr inbounds nuw %main.P, ptr %complit10, i32 0, i32 2
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %42, align 8
  %43 = load %main.P, ptr %complit10, align 8
  store %main.P %43, ptr %mapkey11, align 8
  %44 = call ptr @llgo_mapaccess(ptr @"type:map[main.P]string", ptr %0, ptr %mapkey11)
  %45 = icmp ne ptr %44, null
  %46 = select i1 %45, ptr %44, ptr @"zero:string"
  %47 = load { ptr, i64 }, ptr %46, align 8
  %48 = extractvalue { ptr, i64 } %47, 0
  %49 = extractvalue { ptr, i64 } %47, 1
  %50 = call i1 @llgo_eqstring(ptr %48, i64 %49, ptr null, i64 0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %23)
  call void @llgo_printsp()
  %51 = extractvalue { ptr, i64 } %31, 0
  %52 = extractvalue { ptr, i64 } %31, 1
  call void @llgo_printstring(ptr %51, i64 %52)
  call void @llgo_printsp()
  %53 = extractvalue { ptr, i64 } %39, 0
  %54 = extractvalue { ptr, i64 } %39, 1
  call void @llgo_printstring(ptr %53, i64 %54)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %50)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %55 = call ptr @llgo_makemap(ptr @"type:map[main.K]int", i64 0)
  store %main.K zeroinitializer, ptr %complit12, align 8
  %56 = getelementptr inbounds nuw %main.K, ptr %complit12, i32 0, i32 0
  store i8 1, ptr %56, align 1
  %57 = getelementptr inbounds nuw %main.K, ptr %complit12, i32 0, i32 2
  store i64 2, ptr %57, align 8
  %58 = load %main.K, ptr %complit12, align 8
  store %main.K %58, ptr %mapkey13, align 8
  %59 = call ptr @llgo_mapassign(ptr @"type:map[main.K]int", ptr %55, ptr %mapkey13)
  store i64 3, ptr %59, align 8
  store %main.K zeroinitializer, ptr %complit14, align 8
  %60 = getelementptr inbounds nuw %main.K, ptr %complit14, i32 0, i32 0
  store i8 1, ptr %60, align 1
  %61 = getelementptr inbounds nuw %main.K, ptr %complit14, i32 0, i32 2
  store i64 2, ptr %61, align 8
  %62 = load %main.K, ptr %complit14, align 8
  store %main.K %62, ptr %mapkey15, align 8
  %63 = call ptr @llgo_mapaccess(ptr @"type:map[main.K]int", ptr %55, ptr %mapkey15)
  %64 = icmp ne ptr %63, null
  %65 = select i1 %64, ptr %63, ptr @"zero:int"
  %66 = load i64, ptr %65, align 8
  %67 = add i64 %66, 4
  store %main.K %62, ptr %mapkey16, align 8
  %68 = call ptr @llgo_mapassign(ptr @"type:map[main.K]int", ptr %55, ptr %mapkey16)
  store i64 %67, ptr %68, align 8
  %69 = call i64 @llgo_maplen(ptr %55)
  store %main.K zeroinitializer, ptr %complit17, align 8
  %70 = getelementptr inbounds nuw %main.K, ptr %complit17, i32 0, i32 0
  store i8 1, ptr %70, align 1
  %71 = getelementptr inbounds nuw %main.K, ptr %complit17, i32 0, i32 2
  store i64 2, ptr %71, align 8
  %72 = load %main.K, ptr %complit17, align 8
  store %main.K %72, ptr %mapkey18, align 8
  %73 = call ptr @llgo_mapaccess(ptr @"type:map[main.K]int", ptr %55, ptr %mapkey18)
  %74 = icmp ne ptr %73, null
  %75 = select i1 %74, ptr %73, ptr @"zero:int"
  %76 = load i64, ptr %75, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %69)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %76)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %77 = call ptr @llgo_makemap(ptr @"type:map[[3]int]int", i64 0)
  store [3 x i64] zeroinitializer, ptr %complit19, align 8
  %78 = getelementptr [3 x i64], ptr %complit19, i64 0, i64 0
  store i64 1, ptr %78, align 8
  %79 = getelementptr [3 x i64], ptr %complit19, i64 0, i64 1
  store i64 2, ptr %79, align 8
  %80 = getelementptr [3 x i64], ptr %complit19, i64 0, i64 2
  store i64 3, ptr %80, align 8
  %81 = load [3 x i64], ptr %complit19, align 8
  store [3 x i64] %81, ptr %mapkey20, align 8
  %82 = call ptr @llgo_mapassign(ptr @"type:map[[3]int]int", ptr %77, ptr %mapkey20)
  store i64 6, ptr %82, align 8
  store [3 x i64] zeroinitializer, ptr %complit21, align 8
  %83 = getelementptr [3 x i64], ptr %complit21, i64 0, i64 0
  store i64 1, ptr %83, align 8
  %84 = getelementptr [3 x i64], ptr %complit21, i64 0, i64 1
  store i64 2, ptr %84, align 8
  %85 = getelementptr [3 x i64], ptr %complit21, i64 0, i64 2
  store i64 3, ptr %85, align 8
  %86 = load [3 x i64], ptr %complit21, align 8
  store [3 x i64] %86, ptr %mapkey22, align 8
  %87 = call ptr @llgo_mapaccess(ptr @"type:map[[3]int]int", ptr %77, ptr %mapkey22)
  %88 = icmp ne ptr %87, null
  %89 = select i1 %88, ptr %87, ptr @"zero:int"
  %90 = load i64, ptr %89, align 8
  %91 = add i64 %90, 1
  store [3 x i64] %86, ptr %mapkey23, align 8
  %92 = call ptr @llgo_mapassign(ptr @"type:map[[3]int]int", ptr %77, ptr %mapkey23)
  store i64 %91, ptr %92, align 8
  %93 = call i64 @llgo_maplen(ptr %77)
  store [3 x i64] zeroinitializer, ptr %complit24, align 8
  %94 = getelementptr [3 x i64], ptr %complit24, i64 0, i64 0
  store i64 1, ptr %94, align 8
  %95 = getelementptr [3 x i64], ptr %complit24, i64 0, i64 1
  store i64 2, ptr %95, align 8
  %96 = getelementptr [3 x i64], ptr %complit24, i64 0, i64 2
  store i64 3, ptr %96, align 8
  %97 = load [3 x i64], ptr %complit24, align 8
  store [3 x i64] %97, ptr %mapkey25, align 8
  %98 = call ptr @llgo_mapaccess(ptr @"type:map[[3]int]int", ptr %77, ptr %mapkey25)
  %99 = icmp ne ptr %98, null
  %100 = select i1 %99, ptr %98, ptr @"zero:int"
  %101 = load i64, ptr %100, align 8
  store [3 x i64] zeroinitializer, ptr %complit26, align 8
  %102 = getelementptr [3 x i64], ptr %complit26, i64 0, i64 0
  store i64 3, ptr %102, align 8
  %103 = getelementptr [3 x i64], ptr %complit26, i64 0, i64 1
  store i64 2, ptr %103, align 8
  %104 = getelementptr [3 x i64], ptr %complit26, i64 0, i64 2
  store i64 1, ptr %104, align 8
  %105 = load [3 x i64], ptr %complit26, align 8
  store [3 x i64] %105, ptr %mapkey27, align 8
  %106 = call ptr @llgo_mapaccess(ptr @"type:map[[3]int]int", ptr %77, ptr %mapkey27)
  %107 = icmp ne ptr %106, null
  %108 = select i1 %107, ptr %106, ptr @"zero:int"
  %109 = load i64, ptr %108, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %93)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %101)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %109)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %110 = call ptr @llgo_makemap(ptr @"type:map[[2]string]int", i64 2)
  store [2 x { ptr, i64 }] zeroinitializer, ptr %complit28, align 8
  %111 = getelementptr [2 x { ptr, i64 }], ptr %complit28, i64 0, i64 0
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %111, align 8
  %112 = getelementptr [2 x { ptr, i64 }], ptr %complit28, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %112, align 8
  %113 = load [2 x { ptr, i64 }], ptr %complit28, align 8
  store [2 x { ptr, i64 }] %113, ptr %mapkey29, align 8
  %114 = call ptr @llgo_mapassign(ptr @"type:map[[2]string]int", ptr %110, ptr %mapkey29)
  store i64 1, ptr %114, align 8
  store [2 x { ptr, i64 }] zeroinitializer, ptr %complit30, align 8
  %115 = getelementptr [2 x { ptr, i64 }], ptr %complit30, i64 0, i64 0
  store { ptr, i64 } { ptr @.str.7, i64 2 }, ptr %115, align 8
  %116 = getelementptr [2 x { ptr, i64 }], ptr %complit30, i64 0, i64 1
  store { ptr, i64 } zeroinitializer, ptr %116, align 8
  %117 = load [2 x { ptr, i64 }], ptr %complit30, align 8
  store [2 x { ptr, i64 }] %117, ptr %mapkey31, align 8
  %118 = call ptr @llgo_mapassign(ptr @"type:map[[2]string]int", ptr %110, ptr %mapkey31)
  store i64 2, ptr %118, align 8
  store [2 x { ptr, i64 }] zeroinitializer, ptr %complit32, align 8
  %119 = getelementptr [2 x { ptr, i64 }], ptr %complit32, i64 0, i64 0
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %119, align 8
  %120 = getelementptr [2 x { ptr, i64 }], ptr %complit32, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %120, align 8
  %121 = load [2 x { ptr, i64 }], ptr %complit32, align 8
  store [2 x { ptr, i64 }] %121, ptr %mapkey33, align 8
  %122 = call ptr @llgo_mapaccess(ptr @"type:map[[2]string]int", ptr %110, ptr %mapkey33)
  %123 = icmp ne ptr %122, null
  %124 = select i1 %123, ptr %122, ptr @"zero:int"
  %125 = load i64, ptr %124, align 8
  store [2 x { ptr, i64 }] zeroinitializer, ptr %complit34, align 8
  %126 = getelementptr [2 x { ptr, i64 }], ptr %complit34, i64 0, i64 0
  store { ptr, i64 } { ptr @.str.7, i64 2 }, ptr %126, align 8
  %127 = getelementptr [2 x { ptr, i64 }], ptr %complit34, i64 0, i64 1
  store { ptr, i64 } zeroinitializer, ptr %127, align 8
  %128 = load [2 x { ptr, i64 }], ptr %complit34, align 8
  store [2 x { ptr, i64 }] %128, ptr %mapkey35, align 8
  %129 = call ptr @llgo_mapaccess(ptr @"type:map[[2]string]int", ptr %110, ptr %mapkey35)
  %130 = icmp ne ptr %129, null
  %131 = select i1 %130, ptr %129, ptr @"zero:int"
  %132 = load i64, ptr %131, align 8
  store [2 x { ptr, i64 }] zeroinitializer, ptr %complit36, align 8
  %133 = getelementptr [2 x { ptr, i64 }], ptr %complit36, i64 0, i64 0
  store { ptr, i64 } zeroinitializer, ptr %133, align 8
  %134 = getelementptr [2 x { ptr, i64 }], ptr %complit36, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.7, i64 2 }, ptr %134, align 8
  %135 = load [2 x { ptr, i64 }], ptr %complit36, align 8
  store [2 x { ptr, i64 }] %135, ptr %mapkey37, align 8
  %136 = call ptr @llgo_mapaccess(ptr @"type:map[[2]string]int", ptr %110, ptr %mapkey37)
  %137 = icmp ne ptr %136, null
  %138 = select i1 %137, ptr %136, ptr @"zero:int"
  %139 = load i64, ptr %138, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %125)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %132)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %139)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %140 = call ptr @llgo_makemap(ptr @"type:map[float64]int", i64 0)
  store double 0x7FF8000000000000, ptr %mapkey38, align 8
  %141 = call ptr @llgo_mapassign(ptr @"type:map[float64]int", ptr %140, ptr %mapkey38)
  store i64 1, ptr %141, align 8
  store double 0x7FF8000000000000, ptr %mapkey39, align 8
  %142 = call ptr @llgo_mapassign(ptr @"type:map[float64]int", ptr %140, ptr %mapkey39)
  store i64 2, ptr %142, align 8
  store double 0.000000e+00, ptr %mapkey40, align 8
  %143 = call ptr @llgo_mapassign(ptr @"type:map[float64]int", ptr %140, ptr %mapkey40)
  store i64 5, ptr %143, align 8
  store double -0.000000e+00, ptr %mapkey41, align 8
  %144 = call ptr @llgo_mapassign(ptr @"type:map[float64]int", ptr %140, ptr %mapkey41)
  store i64 6, ptr %144, align 8
  store double 0x7FF8000000000000, ptr %mapkey42, align 8
  %145 = call ptr @llgo_mapaccess(ptr @"type:map[float64]int", ptr %140, ptr %mapkey42)
  %146 = icmp ne ptr %145, null
  %147 = select i1 %146, ptr %145, ptr @"zero:int"
  %148 = load i64, ptr %147, align 8
  %149 = insertvalue { i64, i1 } undef, i64 %148, 0
  %150 = insertvalue { i64, i1 } %149, i1 %146, 1
  %151 = extractvalue { i64, i1 } %150, 0
  %152 = extractvalue { i64, i1 } %150, 1
  %153 = call i64 @llgo_maplen(ptr %140)
  store double 0.000000e+00, ptr %mapkey43, align 8
  %154 = call ptr @llgo_mapaccess(ptr @"type:map[float64]int", ptr %140, ptr %mapkey43)
  %155 = icmp ne ptr %154, null
  %156 = select i1 %155, ptr %154, ptr @"zero:int"
  %157 = load i64, ptr %156, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %153)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %157)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %151)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %152)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_mapiterinit(ptr @"type:map[float64]int", ptr %140, ptr %rangemap)
  br label %"1.rangeiter.loop"

"1.rangeiter.loop":                               ; preds = %"5.if.done", %"0.entry"
  %158 = phi i64 [ 0, %"0.entry" ], [ %385, %"5.if.done" ]
  %159 = call i1 @llgo_mapiternext(ptr %rangemap)
  %160 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 5
  %161 = load ptr, ptr %160, align 8
  %162 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 6
  %163 = load ptr, ptr %162, align 8
  %164 = select i1 %159, ptr %161, ptr @"zero:float64"
  %165 = load double, ptr %164, align 8
  %166 = select i1 %159, ptr %163, ptr @"zero:int"
  %167 = load i64, ptr %166, align 8
  %168 = insertvalue { i1, double, i64 } undef, i1 %159, 0
  %169 = insertvalue { i1, double, i64 } %168, double %165, 1
  %170 = insertvalue { i1, double, i64 } %169, i64 %167, 2
  %171 = extractvalue { i1, double, i64 } %170, 0
  br i1 %171, label %"2.rangeiter.body", label %"3.rangeiter.done"

"3.rangeiter.done":                               ; preds = %"1.rangeiter.loop"
  call void @llgo_printlock()
  call void @llgo_printint(i64 %158)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store double 0x7FF8000000000000, ptr %mapkey44, align 8
  call void @llgo_mapdelete(ptr @"type:map[float64]int", ptr %140, ptr %mapkey44)
  %172 = call i64 @llgo_maplen(ptr %140)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %172)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store double -0.000000e+00, ptr %mapkey45, align 8
  call void @llgo_mapdelete(ptr @"type:map[float64]int", ptr %140, ptr %mapkey45)
  %173 = call i64 @llgo_maplen(ptr %140)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %173)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %174 = call ptr @llgo_makemap(ptr @"type:map[float32]bool", i64 1)
  store float -0.000000e+00, ptr %mapkey46, align 4
  %175 = call ptr @llgo_mapassign(ptr @"type:map[float32]bool", ptr %174, ptr %mapkey46)
  store i1 true, ptr %175, align 1
  %176 = call i64 @llgo_maplen(ptr %174)
  store float 0.000000e+00, ptr %mapkey47, align 4
  %177 = call ptr @llgo_mapaccess(ptr @"type:map[float32]bool", ptr %174, ptr %mapkey47)
  %178 = icmp ne ptr %177, null
  %179 = select i1 %178, ptr %177, ptr @"zero:bool"
  %180 = load i1, ptr %179, align 1
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %180)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %176)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %181 = call ptr @llgo_makemap(ptr @"type:map[complex128]int", i64 1)
  store { double, double } { double 0.000000e+00, double -0.000000e+00 }, ptr %mapkey48, align 8
  %182 = call ptr @llgo_mapassign(ptr @"type:map[complex128]int", ptr %181, ptr %mapkey48)
  store i64 1, ptr %182, align 8
  store { double, double } { double -0.000000e+00, double 0.000000e+00 }, ptr %mapkey49, align 8
  %183 = call ptr @llgo_mapaccess(ptr @"type:map[complex128]int", ptr %181, ptr %mapkey49)
  %184 = icmp ne ptr %183, null
  %185 = select i1 %184, ptr %183, ptr @"zero:int"
  %186 = load i64, ptr %185, align 8
  %187 = add i64 %186, 1
  store { double, double } { double -0.000000e+00, double 0.000000e+00 }, ptr %mapkey50, align 8
  %188 = call ptr @llgo_mapassign(ptr @"type:map[complex128]int", ptr %181, ptr %mapkey50)
  store i64 %187, ptr %188, align 8
  %189 = call i64 @llgo_maplen(ptr %181)
  store { double, double } zeroinitializer, ptr %mapkey51, align 8
  %190 = call ptr @llgo_mapaccess(ptr @"type:map[complex128]int", ptr %181, ptr %mapkey51)
  %191 = icmp ne ptr %190, null
  %192 = select i1 %191, ptr %190, ptr @"zero:int"
  %193 = load i64, ptr %192, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %189)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %193)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %194 = call ptr @llgo_makemap(ptr @"type:map[interface{}]int", i64 0)
  %195 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %195, align 8
  %196 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %195, 1
  store { ptr, ptr } %196, ptr %mapkey52, align 8
  %197 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey52)
  store i64 1, ptr %197, align 8
  %198 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.8, i64 1 }, ptr %198, align 8
  %199 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %198, 1
  store { ptr, ptr } %199, ptr %mapkey53, align 8
  %200 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey53)
  store i64 2, ptr %200, align 8
  %201 = call ptr @llgo_newobject(ptr @"type:float64")
  store double 1.000000e+00, ptr %201, align 8
  %202 = insertvalue { ptr, ptr } { ptr @"type:float64", ptr undef }, ptr %201, 1
  store { ptr, ptr } %202, ptr %mapkey54, align 8
  %203 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey54)
  store i64 3, ptr %203, align 8
  store %main.P zeroinitializer, ptr %complit55, align 8
  %204 = getelementptr inbounds nuw %main.P, ptr %complit55, i32 0, i32 0
  store i64 1, ptr %204, align 8
  %205 = getelementptr inbounds nuw %main.P, ptr %complit55, i32 0, i32 1
  store i64 2, ptr %205, align 8
  %206 = getelementptr inbounds nuw %main.P, ptr %complit55, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %206, align 8
  %207 = load %main.P, ptr %complit55, align 8
  %208 = call ptr @llgo_newobject(ptr @"type:main.P")
  store %main.P %207, ptr %208, align 8
  %209 = insertvalue { ptr, ptr } { ptr @"type:main.P", ptr undef }, ptr %208, 1
  store { ptr, ptr } %209, ptr %mapkey56, align 8
  %210 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey56)
  store i64 4, ptr %210, align 8
  %211 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %211, align 8
  %212 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %211, 1
  store { ptr, ptr } %212, ptr %mapkey57, align 8
  %213 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey57)
  %214 = icmp ne ptr %213, null
  %215 = select i1 %214, ptr %213, ptr @"zero:int"
  %216 = load i64, ptr %215, align 8
  %217 = add i64 %216, 10
  store { ptr, ptr } %212, ptr %mapkey58, align 8
  %218 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey58)
  store i64 %217, ptr %218, align 8
  store { ptr, ptr } zeroinitializer, ptr %mapkey59, align 8
  %219 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey59)
  store i64 5, ptr %219, align 8
  store [2 x i64] zeroinitializer, ptr %complit60, align 8
  %220 = getelementptr [2 x i64], ptr %complit60, i64 0, i64 0
  store i64 1, ptr %220, align 8
  %221 = getelementptr [2 x i64], ptr %complit60, i64 0, i64 1
  store i64 2, ptr %221, align 8
  %222 = load [2 x i64], ptr %complit60, align 8
  %223 = call ptr @llgo_newobject(ptr @"type:[2]int")
  store [2 x i64] %222, ptr %223, align 8
  %224 = insertvalue { ptr, ptr } { ptr @"type:[2]int", ptr undef }, ptr %223, 1
  store { ptr, ptr } %224, ptr %mapkey61, align 8
  %225 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey61)
  store i64 6, ptr %225, align 8
  %226 = call i64 @llgo_maplen(ptr %194)
  %227 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %227, align 8
  %228 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %227, 1
  store { ptr, ptr } %228, ptr %mapkey62, align 8
  %229 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey62)
  %230 = icmp ne ptr %229, null
  %231 = select i1 %230, ptr %229, ptr @"zero:int"
  %232 = load i64, ptr %231, align 8
  %233 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.8, i64 1 }, ptr %233, align 8
  %234 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %233, 1
  store { ptr, ptr } %234, ptr %mapkey63, align 8
  %235 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey63)
  %236 = icmp ne ptr %235, null
  %237 = select i1 %236, ptr %235, ptr @"zero:int"
  %238 = load i64, ptr %237, align 8
  %239 = call ptr @llgo_newobject(ptr @"type:float64")
  store double 1.000000e+00, ptr %239, align 8
  %240 = insertvalue { ptr, ptr } { ptr @"type:float64", ptr undef }, ptr %239, 1
  store { ptr, ptr } %240, ptr %mapkey64, align 8
  %241 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey64)
  %242 = icmp ne ptr %241, null
  %243 = select i1 %242, ptr %241, ptr @"zero:int"
  %244 = load i64, ptr %243, align 8
  store %main.P zeroinitializer, ptr %complit65, align 8
  %245 = getelementptr inbounds nuw %main.P, ptr %complit65, i32 0, i32 0
  store i64 1, ptr %245, align 8
  %246 = getelementptr inbounds nuw %main.P, ptr %complit65, i32 0, i32 1
  store i64 2, ptr %246, align 8
  %247 = getelementptr inbounds nuw %main.P, ptr %complit65, i32 0, i32 2
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %247, align 8
  %248 = load %main.P, ptr %complit65, align 8
  %249 = call ptr @llgo_newobject(ptr @"type:main.P")
  store %main.P %248, ptr %249, align 8
  %250 = insertvalue { ptr, ptr } { ptr @"type:main.P", ptr undef }, ptr %249, 1
  store { ptr, ptr } %250, ptr %mapkey66, align 8
  %251 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey66)
  %252 = icmp ne ptr %251, null
  %253 = select i1 %252, ptr %251, ptr @"zero:int"
  %254 = load i64, ptr %253, align 8
  %255 = call ptr @llgo_newobject(ptr @"type:int8")
  store i8 1, ptr %255, align 1
  %256 = insertvalue { ptr, ptr } { ptr @"type:int8", ptr undef }, ptr %255, 1
  store { ptr, ptr } %256, ptr %mapkey67, align 8
  %257 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey67)
  %258 = icmp ne ptr %257, null
  %259 = select i1 %258, ptr %257, ptr @"zero:int"
  %260 = load i64, ptr %259, align 8
  store { ptr, ptr } zeroinitializer, ptr %mapkey68, align 8
  %261 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey68)
  %262 = icmp ne ptr %261, null
  %263 = select i1 %262, ptr %261, ptr @"zero:int"
  %264 = load i64, ptr %263, align 8
  store [2 x i64] zeroinitializer, ptr %complit69, align 8
  %265 = getelementptr [2 x i64], ptr %complit69, i64 0, i64 0
  store i64 1, ptr %265, align 8
  %266 = getelementptr [2 x i64], ptr %complit69, i64 0, i64 1
  store i64 2, ptr %266, align 8
  %267 = load [2 x i64], ptr %complit69, align 8
  %268 = call ptr @llgo_newobject(ptr @"type:[2]int")
  store [2 x i64] %267, ptr %268, align 8
  %269 = insertvalue { ptr, ptr } { ptr @"type:[2]int", ptr undef }, ptr %268, 1
  store { ptr, ptr } %269, ptr %mapkey70, align 8
  %270 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey70)
  %271 = icmp ne ptr %270, null
  %272 = select i1 %271, ptr %270, ptr @"zero:int"
  %273 = load i64, ptr %272, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %226)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %232)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %238)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %244)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %254)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %260)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %264)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %273)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %274 = call ptr @llgo_newobject(ptr @"type:main.P")
  %275 = insertvalue { ptr, ptr } { ptr @"type:*main.P", ptr undef }, ptr %274, 1
  store { ptr, ptr } %275, ptr %mapkey71, align 8
  %276 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey71)
  store i64 7, ptr %276, align 8
  %277 = insertvalue { ptr, ptr } { ptr @"type:*main.P", ptr undef }, ptr %274, 1
  store { ptr, ptr } %277, ptr %mapkey72, align 8
  %278 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey72)
  %279 = icmp ne ptr %278, null
  %280 = select i1 %279, ptr %278, ptr @"zero:int"
  %281 = load i64, ptr %280, align 8
  %282 = call ptr @llgo_newobject(ptr @"type:main.P")
  %283 = insertvalue { ptr, ptr } { ptr @"type:*main.P", ptr undef }, ptr %282, 1
  store { ptr, ptr } %283, ptr %mapkey73, align 8
  %284 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %194, ptr %mapkey73)
  %285 = icmp ne ptr %284, null
  %286 = select i1 %285, ptr %284, ptr @"zero:int"
  %287 = load i64, ptr %286, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %281)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %287)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %288 = call ptr @llgo_makemap(ptr @"type:map[main.I]string", i64 0)
  %289 = call ptr @llgo_newobject(ptr @"type:main.A")
  store i64 3, ptr %289, align 8
  %290 = insertvalue { ptr, ptr } { ptr @"itab:main.A,main.I", ptr undef }, ptr %289, 1
  store { ptr, ptr } %290, ptr %mapkey74, align 8
  %291 = call ptr @llgo_mapassign(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey74)
  store { ptr, i64 } { ptr @.str.9, i64 2 }, ptr %291, align 8
  %292 = call ptr @llgo_newobject(ptr @"type:main.B")
  %293 = getelementptr inbounds nuw %main.B, ptr %292, i32 0, i32 0
  store { ptr, i64 } { ptr @.str.10, i64 5 }, ptr %293, align 8
  %294 = insertvalue { ptr, ptr } { ptr @"itab:*main.B,main.I", ptr undef }, ptr %292, 1
  store { ptr, ptr } %294, ptr %mapkey75, align 8
  %295 = call ptr @llgo_mapassign(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey75)
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %295, align 8
  %296 = call ptr @llgo_newobject(ptr @"type:main.A")
  store i64 3, ptr %296, align 8
  %297 = insertvalue { ptr, ptr } { ptr @"itab:main.A,main.I", ptr undef }, ptr %296, 1
  store { ptr, ptr } %297, ptr %mapkey76, align 8
  %298 = call ptr @llgo_mapaccess(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey76)
  %299 = icmp ne ptr %298, null
  %300 = select i1 %299, ptr %298, ptr @"zero:string"
  %301 = load { ptr, i64 }, ptr %300, align 8
  %302 = extractvalue { ptr, i64 } %301, 0
  %303 = extractvalue { ptr, i64 } %301, 1
  %304 = call { ptr, i64 } @llgo_concatstring2(ptr %302, i64 %303, ptr @.str.2, i64 1)
  store { ptr, ptr } %297, ptr %mapkey77, align 8
  %305 = call ptr @llgo_mapassign(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey77)
  store { ptr, i64 } %304, ptr %305, align 8
  %306 = call i64 @llgo_maplen(ptr %288)
  %307 = call ptr @llgo_newobject(ptr @"type:main.A")
  store i64 3, ptr %307, align 8
  %308 = insertvalue { ptr, ptr } { ptr @"itab:main.A,main.I", ptr undef }, ptr %307, 1
  store { ptr, ptr } %308, ptr %mapkey78, align 8
  %309 = call ptr @llgo_mapaccess(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey78)
  %310 = icmp ne ptr %309, null
  %311 = select i1 %310, ptr %309, ptr @"zero:string"
  %312 = load { ptr, i64 }, ptr %311, align 8
  %313 = insertvalue { ptr, ptr } { ptr @"itab:*main.B,main.I", ptr undef }, ptr %292, 1
  store { ptr, ptr } %313, ptr %mapkey79, align 8
  %314 = call ptr @llgo_mapaccess(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey79)
  %315 = icmp ne ptr %314, null
  %316 = select i1 %315, ptr %314, ptr @"zero:string"
  %317 = load { ptr, i64 }, ptr %316, align 8
  %318 = call ptr @llgo_newobject(ptr @"type:main.B")
  %319 = getelementptr inbounds nuw %main.B, ptr %318, i32 0, i32 0
  store { ptr, i64 } { ptr @.str.10, i64 5 }, ptr %319, align 8
  %320 = insertvalue { ptr, ptr } { ptr @"itab:*main.B,main.I", ptr undef }, ptr %318, 1
  store { ptr, ptr } %320, ptr %mapkey80, align 8
  %321 = call ptr @llgo_mapaccess(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey80)
  %322 = icmp ne ptr %321, null
  %323 = select i1 %322, ptr %321, ptr @"zero:string"
  %324 = load { ptr, i64 }, ptr %323, align 8
  %325 = extractvalue { ptr, i64 } %324, 0
  %326 = extractvalue { ptr, i64 } %324, 1
  %327 = call i1 @llgo_eqstring(ptr %325, i64 %326, ptr null, i64 0)
  store { ptr, ptr } zeroinitializer, ptr %mapkey81, align 8
  %328 = call ptr @llgo_mapaccess(ptr @"type:map[main.I]string", ptr %288, ptr %mapkey81)
  %329 = icmp ne ptr %328, null
  %330 = select i1 %329, ptr %328, ptr @"zero:string"
  %331 = load { ptr, i64 }, ptr %330, align 8
  %332 = extractvalue { ptr, i64 } %331, 0
  %333 = extractvalue { ptr, i64 } %331, 1
  %334 = call i1 @llgo_eqstring(ptr %332, i64 %333, ptr null, i64 0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %306)
  call void @llgo_printsp()
  %335 = extractvalue { ptr, i64 } %312, 0
  %336 = extractvalue { ptr, i64 } %312, 1
  call void @llgo_printstring(ptr %335, i64 %336)
  call void @llgo_printsp()
  %337 = extractvalue { ptr, i64 } %317, 0
  %338 = extractvalue { ptr, i64 } %317, 1
  call void @llgo_printstring(ptr %337, i64 %338)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %327)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %334)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %339 = call ptr @llgo_makemap(ptr @"type:map[bool]int", i64 1)
  store i1 true, ptr %mapkey82, align 1
  %340 = call ptr @llgo_mapassign(ptr @"type:map[bool]int", ptr %339, ptr %mapkey82)
  store i64 1, ptr %340, align 8
  store i1 false, ptr %mapkey83, align 1
  %341 = call ptr @llgo_mapaccess(ptr @"type:map[bool]int", ptr %339, ptr %mapkey83)
  %342 = icmp ne ptr %341, null
  %343 = select i1 %342, ptr %341, ptr @"zero:int"
  %344 = load i64, ptr %343, align 8
  %345 = sub i64 %344, 1
  store i1 false, ptr %mapkey84, align 1
  %346 = call ptr @llgo_mapassign(ptr @"type:map[bool]int", ptr %339, ptr %mapkey84)
  store i64 %345, ptr %346, align 8
  %347 = call i64 @llgo_maplen(ptr %339)
  store i1 true, ptr %mapkey85, align 1
  %348 = call ptr @llgo_mapaccess(ptr @"type:map[bool]int", ptr %339, ptr %mapkey85)
  %349 = icmp ne ptr %348, null
  %350 = select i1 %349, ptr %348, ptr @"zero:int"
  %351 = load i64, ptr %350, align 8
  store i1 false, ptr %mapkey86, align 1
  %352 = call ptr @llgo_mapaccess(ptr @"type:map[bool]int", ptr %339, ptr %mapkey86)
  %353 = icmp ne ptr %352, null
  %354 = select i1 %353, ptr %352, ptr @"zero:int"
  %355 = load i64, ptr %354, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %351)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %355)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %347)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %356 = call ptr @llgo_makemap(ptr @"type:map[int32]string", i64 1)
  store i32 97, ptr %mapkey87, align 4
  %357 = call ptr @llgo_mapassign(ptr @"type:map[int32]string", ptr %356, ptr %mapkey87)
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %357, align 8
  store i32 97, ptr %mapkey88, align 4
  %358 = call ptr @llgo_mapaccess(ptr @"type:map[int32]string", ptr %356, ptr %mapkey88)
  %359 = icmp ne ptr %358, null
  %360 = select i1 %359, ptr %358, ptr @"zero:string"
  %361 = load { ptr, i64 }, ptr %360, align 8
  store i32 98, ptr %mapkey89, align 4
  %362 = call ptr @llgo_mapaccess(ptr @"type:map[int32]string", ptr %356, ptr %mapkey89)
  %363 = icmp ne ptr %362, null
  %364 = select i1 %363, ptr %362, ptr @"zero:string"
  %365 = load { ptr, i64 }, ptr %364, align 8
  %366 = extractvalue { ptr, i64 } %365, 0
  %367 = extractvalue { ptr, i64 } %365, 1
  %368 = call i1 @llgo_eqstring(ptr %366, i64 %367, ptr null, i64 0)
  call void @llgo_printlock()
  %369 = extractvalue { ptr, i64 } %361, 0
  %370 = extractvalue { ptr, i64 } %361, 1
  call void @llgo_printstring(ptr %369, i64 %370)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %368)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %371 = call ptr @llgo_makemap(ptr @"type:map[uint8]int", i64 1)
  store i8 -1, ptr %mapkey90, align 1
  %372 = call ptr @llgo_mapassign(ptr @"type:map[uint8]int", ptr %371, ptr %mapkey90)
  store i64 1, ptr %372, align 8
  store i8 -1, ptr %mapkey91, align 1
  %373 = call ptr @llgo_mapaccess(ptr @"type:map[uint8]int", ptr %371, ptr %mapkey91)
  %374 = icmp ne ptr %373, null
  %375 = select i1 %374, ptr %373, ptr @"zero:int"
  %376 = load i64, ptr %375, align 8
  store i8 0, ptr %mapkey92, align 1
  %377 = call ptr @llgo_mapaccess(ptr @"type:map[uint8]int", ptr %371, ptr %mapkey92)
  %378 = icmp ne ptr %377, null
  %379 = select i1 %378, ptr %377, ptr @"zero:int"
  %380 = load i64, ptr %379, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %376)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %380)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"2.rangeiter.body":                               ; preds = %"1.rangeiter.loop"
  %381 = extractvalue { i1, double, i64 } %170, 1
  %382 = extractvalue { i1, double, i64 } %170, 2
  %383 = fcmp une double %381, %381
  br i1 %383, label %"4.if.then", label %"5.if.done"

"4.if.then":                                      ; preds = %"2.rangeiter.body"
  %384 = add i64 %158, %382
  br label %"5.if.done"

"5.if.done":                                      ; preds = %"4.if.then", %"2.rangeiter.body"
  %385 = phi i64 [ %158, %"2.rangeiter.body" ], [ %384, %"4.if.then" ]
  br label %"1.rangeiter.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare ptr @llgo_makemap(ptr, i64)

define linkonce_odr i1 @"eq:*main.P"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.P"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.P, ptr %0, align 8
  %4 = load %main.P, ptr %1, align 8
  %5 = extractvalue %main.P %3, 0
  %6 = extractvalue %main.P %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.P %3, 1
  %10 = extractvalue %main.P %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  %13 = extractvalue %main.P %3, 2
  %14 = extractvalue %main.P %4, 2
  %15 = extractvalue { ptr, i64 } %13, 0
  %16 = extractvalue { ptr, i64 } %13, 1
  %17 = extractvalue { ptr, i64 } %14, 0
  %18 = extractvalue { ptr, i64 } %14, 1
  %19 = call i1 @llgo_eqstring(ptr %15, i64 %16, ptr %17, i64 %18)
  %20 = and i1 %12, %19
  ret i1 %20
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

define linkonce_odr i64 @"hash:main.P"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = getelementptr inbounds nuw %main.P, ptr %0, i32 0, i32 0
  %4 = call i64 @"hash:int"(ptr %3, i64 %1, ptr null)
  %5 = getelementptr inbounds nuw %main.P, ptr %0, i32 0, i32 1
  %6 = call i64 @"hash:int"(ptr %5, i64 %4, ptr null)
  %7 = getelementptr inbounds nuw %main.P, ptr %0, i32 0, i32 2
  %8 = call i64 @"hash:string"(ptr %7, i64 %6, ptr null)
  ret i64 %8
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %3
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_strhash(ptr, i64)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

declare i64 @llgo_maplen(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i1 @"eq:*main.K"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.K"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.K, ptr %0, align 8
  %4 = load %main.K, ptr %1, align 8
  %5 = extractvalue %main.K %3, 0
  %6 = extractvalue %main.K %4, 0
  %7 = icmp eq i8 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.K %3, 2
  %10 = extractvalue %main.K %4, 2
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

define linkonce_odr i1 @"eq:*int8"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:int8"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i8, ptr %0, align 1
  %4 = load i8, ptr %1, align 1
  %5 = icmp eq i8 %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*int32"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:int32"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i32, ptr %0, align 4
  %4 = load i32, ptr %1, align 4
  %5 = icmp eq i32 %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*int64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:int64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"hash:main.K"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = getelementptr inbounds nuw %main.K, ptr %0, i32 0, i32 0
  %4 = call i64 @"hash:int8"(ptr %3, i64 %1, ptr null)
  %5 = getelementptr inbounds nuw %main.K, ptr %0, i32 0, i32 2
  %6 = call i64 @"hash:int64"(ptr %5, i64 %4, ptr null)
  ret i64 %6
}

define linkonce_odr i64 @"hash:int8"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %3
}

define linkonce_odr i64 @"hash:int64"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %3
}

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

define linkonce_odr i64 @"hash:[3]int"(ptr %0, i64 %1, ptr %2) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %4, %hash.elem ]
  %3 = getelementptr i64, ptr %0, i64 %i
  %4 = call i64 @"hash:int"(ptr %3, i64 %h, ptr null)
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 3
  br i1 %6, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %4
}

define linkonce_odr i1 @"eq:[2]string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x { ptr, i64 }], ptr %0, align 8
  %4 = load [2 x { ptr, i64 }], ptr %1, align 8
  %5 = extractvalue [2 x { ptr, i64 }] %3, 0
  %6 = extractvalue [2 x { ptr, i64 }] %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  %13 = extractvalue [2 x { ptr, i64 }] %3, 1
  %14 = extractvalue [2 x { ptr, i64 }] %4, 1
  %15 = extractvalue { ptr, i64 } %13, 0
  %16 = extractvalue { ptr, i64 } %13, 1
  %17 = extractvalue { ptr, i64 } %14, 0
  %18 = extractvalue { ptr, i64 } %14, 1
  %19 = call i1 @llgo_eqstring(ptr %15, i64 %16, ptr %17, i64 %18)
  %20 = and i1 %12, %19
  ret i1 %20
}

define linkonce_odr i64 @"hash:[2]string"(ptr %0, i64 %1, ptr %2) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %4, %hash.elem ]
  %3 = getelementptr { ptr, i64 }, ptr %0, i64 %i
  %4 = call i64 @"hash:string"(ptr %3, i64 %h, ptr null)
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 2
  br i1 %6, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %4
}

define linkonce_odr i1 @"eq:*float64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:float64"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load double, ptr %0, align 8
  %4 = load double, ptr %1, align 8
  %5 = fcmp oeq double %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"hash:float64"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_f64hash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_f64hash(ptr, i64)

declare void @llgo_mapiterinit(ptr, ptr, ptr)

declare i1 @llgo_mapiternext(ptr)

declare void @llgo_mapdelete(ptr, ptr, ptr)

define linkonce_odr i1 @"eq:*float32"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:float32"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load float, ptr %0, align 4
  %4 = load float, ptr %1, align 4
  %5 = fcmp oeq float %3, %4
  ret i1 %5
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

define linkonce_odr i64 @"hash:float32"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_f32hash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_f32hash(ptr, i64)

define linkonce_odr i1 @"eq:*complex128"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:complex128"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { double, double }, ptr %0, align 8
  %4 = load { double, double }, ptr %1, align 8
  %5 = extractvalue { double, double } %3, 0
  %6 = extractvalue { double, double } %4, 0
  %7 = fcmp oeq double %5, %6
  %8 = extractvalue { double, double } %3, 1
  %9 = extractvalue { double, double } %4, 1
  %10 = fcmp oeq double %8, %9
  %11 = and i1 %7, %10
  ret i1 %11
}

define linkonce_odr i64 @"hash:complex128"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_c128hash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_c128hash(ptr, i64)

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

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_nilinterhash(ptr, i64)

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

define linkonce_odr i1 @"eq:*main.I"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.I"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, ptr }, ptr %0, align 8
  %4 = load { ptr, ptr }, ptr %1, align 8
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %4, 0
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %4, 1
  %9 = extractvalue { ptr, ptr } %3, 0
  %10 = icmp eq ptr %9, null
  br i1 %10, label %itab.done, label %itab.type

itab.type:                                        ; preds = %entry
  %11 = getelementptr i8, ptr %9, i64 8
  %12 = load ptr, ptr %11, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %entry
  %13 = phi ptr [ null, %entry ], [ %12, %itab.type ]
  %14 = extractvalue { ptr, ptr } %4, 0
  %15 = icmp eq ptr %14, null
  br i1 %15, label %itab.done2, label %itab.type1

itab.type1:                                       ; preds = %itab.done
  %16 = getelementptr i8, ptr %14, i64 8
  %17 = load ptr, ptr %16, align 8
  br label %itab.done2

itab.done2:                                       ; preds = %itab.type1, %itab.done
  %18 = phi ptr [ null, %itab.done ], [ %17, %itab.type1 ]
  %19 = icmp eq ptr %13, %18
  %20 = icmp eq ptr %13, null
  %21 = xor i1 %20, true
  %22 = and i1 %19, %21
  br i1 %22, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %itab.done2
  %23 = getelementptr i8, ptr %13, i64 24
  %24 = load ptr, ptr %23, align 8
  %25 = icmp eq ptr %24, null
  br i1 %25, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %13)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %26 = getelementptr i8, ptr %13, i64 23
  %27 = load i8, ptr %26, align 1
  %28 = and i8 %27, 32
  %29 = icmp ne i8 %28, 0
  %30 = icmp eq ptr %7, %8
  br i1 %29, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %31 = getelementptr i8, ptr %13, i64 32
  %32 = load ptr, ptr %31, align 8
  %33 = call i1 %24(ptr %7, ptr %8, ptr %32)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %34 = phi i1 [ %19, %itab.done2 ], [ %30, %uncomparable.next ], [ %33, %ifaceeq.boxed ]
  ret i1 %34
}

define linkonce_odr i64 @"hash:main.I"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i64 @"main.A.M$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load i64, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.A.M$ptr", ptr @main.A.M)
  %4 = call i64 @main.A.M(i64 %3, ptr %1)
  ret i64 %4
}

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr i1 @"eq:*main.A"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.A"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:*main.B"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.B"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.B, ptr %0, align 8
  %4 = load %main.B, ptr %1, align 8
  %5 = extractvalue %main.B %3, 0
  %6 = extractvalue %main.B %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  ret i1 %12
}

define linkonce_odr i64 @"hash:bool"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %3
}

define linkonce_odr i64 @"hash:int32"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 4)
  ret i64 %3
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

define linkonce_odr i64 @"hash:uint8"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %3
}

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
