; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"main.T\C2\B71" = type { i8 }
%"main.T\C2\B72" = type { i64, i64, i64, i64, { ptr, i64 } }

@"name:0:*map[string]main.T" = linkonce_odr constant [20 x i8] c"\00\12*map[string]main.T", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:1:*main.T" = linkonce_odr constant [9 x i8] c"\01\07*main.T", align 1
@"type:*main.T\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -2042332460, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.T\C2\B71", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B71" }, section "llgo_types", align 8
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:a" = linkonce_odr constant [3 x i8] c"\00\01a", align 1
@"name:0:*int8" = linkonce_odr constant [7 x i8] c"\00\05*int8", align 1
@"type:*int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 248811722, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int8" }, section "llgo_types", align 8
@"type:int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1908960610, i8 15, i8 1, i8 1, i8 3, { ptr, ptr } { ptr @"eq:int8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:main.T\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1689956556, i8 15, i8 1, i8 1, i8 25, { ptr, ptr } { ptr @"eq:main.T\C2\B71", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.T\C2\B71" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.T\C2\B71", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:a", ptr @"type:int8", i64 0 }] }, section "llgo_types", align 8
@"type:map[string]main.T\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 112734501, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:main.T\C2\B71", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 1, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"x", align 1
@"name:0:*[2]main.T" = linkonce_odr constant [12 x i8] c"\00\0A*[2]main.T", align 1
@"name:0:*[]main.T" = linkonce_odr constant [11 x i8] c"\00\09*[]main.T", align 1
@"type:[]main.T\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1526843628, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B71" }, section "llgo_types", align 8
@"type:[2]main.T\C2\B71" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 2, i64 0, i32 -88220670, i8 10, i8 1, i8 1, i8 17, { ptr, ptr } { ptr @"eq:[2]main.T\C2\B71", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B71", ptr @"type:[]main.T\C2\B71", i64 2 }, section "llgo_types", align 8
@"zero:main.T\C2\B71" = private constant %"main.T\C2\B71" zeroinitializer, align 8
@.str.1 = private unnamed_addr constant [1 x i8] c"y", align 1
@"type:*main.T\C2\B72" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1991999603, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.T\C2\B72", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B72" }, section "llgo_types", align 8
@"gcbits:10" = linkonce_odr constant [1 x i8] c"\10"
@"name:0:*int64" = linkonce_odr constant [8 x i8] c"\00\06*int64", align 1
@"type:*int64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1115524636, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int64", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int64" }, section "llgo_types", align 8
@"type:int64" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 9009140, i8 15, i8 8, i8 8, i8 6, { ptr, ptr } { ptr @"eq:int64", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int64" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:b" = linkonce_odr constant [3 x i8] c"\00\01b", align 1
@"name:0:c" = linkonce_odr constant [3 x i8] c"\00\01c", align 1
@"name:0:d" = linkonce_odr constant [3 x i8] c"\00\01d", align 1
@"name:0:name" = linkonce_odr constant [6 x i8] c"\00\04name", align 1
@"type:main.T\C2\B72" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [5 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 48, i64 40, i32 1740289413, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.T\C2\B72", ptr null }, ptr @"gcbits:10", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.T\C2\B72" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.T\C2\B72", i64 104), i64 5, i64 5 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 136, i32 0 }, [5 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:a", ptr @"type:int64", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:b", ptr @"type:int64", i64 8 }, { ptr, ptr, i64 } { ptr @"name:0:c", ptr @"type:int64", i64 16 }, { ptr, ptr, i64 } { ptr @"name:0:d", ptr @"type:int64", i64 24 }, { ptr, ptr, i64 } { ptr @"name:0:name", ptr @"type:string", i64 32 }] }, section "llgo_types", align 8
@"type:map[string]main.T\C2\B72" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 62401644, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:main.T\C2\B72", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 48, i16 0, i32 12 }, section "llgo_types", align 8
@.str.2 = private unnamed_addr constant [4 x i8] c"four", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"six", align 1
@"gcbits:1004" = linkonce_odr constant [2 x i8] c"\10\04"
@"type:[]main.T\C2\B72" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1577176485, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B72" }, section "llgo_types", align 8
@"type:[2]main.T\C2\B72" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 96, i64 88, i32 -104998289, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]main.T\C2\B72", ptr null }, ptr @"gcbits:1004", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B72", ptr @"type:[]main.T\C2\B72", i64 2 }, section "llgo_types", align 8
@.str.4 = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.5 = private unnamed_addr constant [1 x i8] c"b", align 1
@"zero:main.T\C2\B72" = private constant %"main.T\C2\B72" zeroinitializer, align 8
@.str.6 = private unnamed_addr constant [4 x i8] c"five", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@"type:*main.T" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1207312294, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.T", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T" }, section "llgo_types", align 8
@"type:main.T" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1945194078, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:main.T", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*map[interface {}]int" = linkonce_odr constant [23 x i8] c"\00\15*map[interface {}]int", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[interface{}]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 797816425, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[interface {}]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:interface{}", ptr null }, i8 16, i8 8, i16 0, i32 24 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8
@"type:*main.T\C2\B73" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -2008777222, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.T\C2\B73", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.T\C2\B73" }, section "llgo_types", align 8
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:main.T\C2\B73" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 0, i32 1723511794, i8 15, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:main.T\C2\B73", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.T" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.T\C2\B73" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"type:int", ptr @"type:[]int", i64 3, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8

define { ptr, ptr } @main.small(ptr %context) {
entry:
  %complit = alloca %"main.T\C2\B71", align 8
  %mapkey = alloca { ptr, i64 }, align 8
  %complit1 = alloca %"main.T\C2\B71", align 8
  %complit2 = alloca %"main.T\C2\B71", align 8
  %complit3 = alloca %"main.T\C2\B71", align 8
  %mapkey4 = alloca { ptr, i64 }, align 8
  %mapkey5 = alloca { ptr, i64 }, align 8
  %complit6 = alloca %"main.T\C2\B71", align 8
  %complit7 = alloca %"main.T\C2\B71", align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[string]main.T\C2\B71", i64 0)
  store %"main.T\C2\B71" zeroinitializer, ptr %complit, align 1
  %1 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit, i32 0, i32 0
  store i8 7, ptr %1, align 1
  %2 = load %"main.T\C2\B71", ptr %complit, align 1
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey, align 8
  %3 = call ptr @llgo_mapassign(ptr @"type:map[string]main.T\C2\B71", ptr %0, ptr %mapkey)
  store %"main.T\C2\B71" %2, ptr %3, align 1
  %4 = call ptr @llgo_newobject(ptr @"type:[2]main.T\C2\B71")
  store %"main.T\C2\B71" zeroinitializer, ptr %complit1, align 1
  %5 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit1, i32 0, i32 0
  store i8 1, ptr %5, align 1
  %6 = load %"main.T\C2\B71", ptr %complit1, align 1
  %7 = getelementptr [2 x %"main.T\C2\B71"], ptr %4, i64 0, i64 0
  store %"main.T\C2\B71" %6, ptr %7, align 1
  store %"main.T\C2\B71" zeroinitializer, ptr %complit2, align 1
  %8 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit2, i32 0, i32 0
  store i8 2, ptr %8, align 1
  %9 = load %"main.T\C2\B71", ptr %complit2, align 1
  %10 = getelementptr [2 x %"main.T\C2\B71"], ptr %4, i64 0, i64 1
  store %"main.T\C2\B71" %9, ptr %10, align 1
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %11 = getelementptr %"main.T\C2\B71", ptr %4, i64 0
  %12 = insertvalue { ptr, i64, i64 } undef, ptr %11, 0
  %13 = insertvalue { ptr, i64, i64 } %12, i64 2, 1
  %14 = insertvalue { ptr, i64, i64 } %13, i64 2, 2
  store %"main.T\C2\B71" zeroinitializer, ptr %complit3, align 1
  %15 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit3, i32 0, i32 0
  store i8 3, ptr %15, align 1
  %16 = load %"main.T\C2\B71", ptr %complit3, align 1
  %17 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B71")
  store %"main.T\C2\B71" %16, ptr %17, align 1
  %18 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B71", ptr undef }, ptr %17, 1
  %19 = extractvalue { ptr, i64, i64 } %14, 1
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey4, align 8
  %20 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B71", ptr %0, ptr %mapkey4)
  %21 = icmp ne ptr %20, null
  %22 = select i1 %21, ptr %20, ptr @"zero:main.T\C2\B71"
  %23 = load %"main.T\C2\B71", ptr %22, align 1
  %24 = extractvalue %"main.T\C2\B71" %23, 0
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey5, align 8
  %25 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B71", ptr %0, ptr %mapkey5)
  %26 = icmp ne ptr %25, null
  %27 = select i1 %26, ptr %25, ptr @"zero:main.T\C2\B71"
  %28 = load %"main.T\C2\B71", ptr %27, align 1
  %29 = extractvalue %"main.T\C2\B71" %28, 0
  %30 = extractvalue { ptr, i64, i64 } %14, 1
  %31 = icmp uge i64 1, %30
  br i1 %31, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %slice.next
  call void @llgo_panicindex(i64 1, i64 %30)
  unreachable

bounds.next:                                      ; preds = %slice.next
  %32 = extractvalue { ptr, i64, i64 } %14, 0
  %33 = getelementptr %"main.T\C2\B71", ptr %32, i64 1
  %34 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %33, i32 0, i32 0
  %35 = load i8, ptr %34, align 1
  store %"main.T\C2\B71" zeroinitializer, ptr %complit6, align 1
  %36 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit6, i32 0, i32 0
  store i8 3, ptr %36, align 1
  %37 = load %"main.T\C2\B71", ptr %complit6, align 1
  %38 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B71")
  store %"main.T\C2\B71" %37, ptr %38, align 1
  %39 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B71", ptr undef }, ptr %38, 1
  %40 = extractvalue { ptr, ptr } %18, 0
  %41 = extractvalue { ptr, ptr } %39, 0
  %42 = extractvalue { ptr, ptr } %18, 1
  %43 = extractvalue { ptr, ptr } %39, 1
  %44 = icmp eq ptr %40, %41
  %45 = icmp eq ptr %40, null
  %46 = xor i1 %45, true
  %47 = and i1 %44, %46
  br i1 %47, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %bounds.next
  %48 = getelementptr i8, ptr %40, i64 24
  %49 = load ptr, ptr %48, align 8
  %50 = icmp eq ptr %49, null
  br i1 %50, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %40)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %51 = getelementptr i8, ptr %40, i64 23
  %52 = load i8, ptr %51, align 1
  %53 = and i8 %52, 32
  %54 = icmp ne i8 %53, 0
  %55 = icmp eq ptr %42, %43
  br i1 %54, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %56 = getelementptr i8, ptr %40, i64 32
  %57 = load ptr, ptr %56, align 8
  %58 = call i1 %49(ptr %42, ptr %43, ptr %57)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %bounds.next
  %59 = phi i1 [ %44, %bounds.next ], [ %55, %uncomparable.next ], [ %58, %ifaceeq.boxed ]
  call void @llgo_printlock()
  %60 = sext i8 %24 to i64
  call void @llgo_printint(i64 %60)
  call void @llgo_printsp()
  %61 = sext i8 %29 to i64
  call void @llgo_printint(i64 %61)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %19)
  call void @llgo_printsp()
  %62 = sext i8 %35 to i64
  call void @llgo_printint(i64 %62)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %59)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %"main.T\C2\B71" zeroinitializer, ptr %complit7, align 1
  %63 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit7, i32 0, i32 0
  store i8 5, ptr %63, align 1
  %64 = load %"main.T\C2\B71", ptr %complit7, align 1
  %65 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B71")
  store %"main.T\C2\B71" %64, ptr %65, align 1
  %66 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B71", ptr undef }, ptr %65, 1
  ret { ptr, ptr } %66
}

define { ptr, ptr } @main.big(ptr %context) {
entry:
  %complit = alloca %"main.T\C2\B72", align 8
  %mapkey = alloca { ptr, i64 }, align 8
  %complit1 = alloca { %"main.T\C2\B72" }, align 8
  %complit2 = alloca %"main.T\C2\B72", align 8
  %w = alloca { %"main.T\C2\B72" }, align 8
  %complit3 = alloca %"main.T\C2\B72", align 8
  %complit4 = alloca %"main.T\C2\B72", align 8
  %mapkey5 = alloca { ptr, i64 }, align 8
  %mapkey6 = alloca { ptr, i64 }, align 8
  %mapkey7 = alloca { ptr, i64 }, align 8
  %mapkey8 = alloca { ptr, i64 }, align 8
  %complit9 = alloca %"main.T\C2\B72", align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[string]main.T\C2\B72", i64 0)
  store %"main.T\C2\B72" zeroinitializer, ptr %complit, align 8
  %1 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 0
  store i64 1, ptr %1, align 8
  %2 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 1
  store i64 2, ptr %2, align 8
  %3 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 2
  store i64 3, ptr %3, align 8
  %4 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 3
  store i64 4, ptr %4, align 8
  %5 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.2, i64 4 }, ptr %5, align 8
  %6 = load %"main.T\C2\B72", ptr %complit, align 8
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey, align 8
  %7 = call ptr @llgo_mapassign(ptr @"type:map[string]main.T\C2\B72", ptr %0, ptr %mapkey)
  store %"main.T\C2\B72" %6, ptr %7, align 8
  store { %"main.T\C2\B72" } zeroinitializer, ptr %complit1, align 8
  store %"main.T\C2\B72" zeroinitializer, ptr %complit2, align 8
  %8 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 0
  store i64 9, ptr %8, align 8
  %9 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 1
  store i64 8, ptr %9, align 8
  %10 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 2
  store i64 7, ptr %10, align 8
  %11 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 3
  store i64 6, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.3, i64 3 }, ptr %12, align 8
  %13 = load %"main.T\C2\B72", ptr %complit2, align 8
  %14 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %complit1, i32 0, i32 0
  store %"main.T\C2\B72" %13, ptr %14, align 8
  %15 = load { %"main.T\C2\B72" }, ptr %complit1, align 8
  store { %"main.T\C2\B72" } zeroinitializer, ptr %w, align 8
  store { %"main.T\C2\B72" } %15, ptr %w, align 8
  %16 = call ptr @llgo_newobject(ptr @"type:[2]main.T\C2\B72")
  store %"main.T\C2\B72" zeroinitializer, ptr %complit3, align 8
  %17 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 0
  store i64 1, ptr %17, align 8
  %18 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 1
  store i64 1, ptr %18, align 8
  %19 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 2
  store i64 1, ptr %19, align 8
  %20 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 3
  store i64 1, ptr %20, align 8
  %21 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.4, i64 1 }, ptr %21, align 8
  %22 = load %"main.T\C2\B72", ptr %complit3, align 8
  %23 = getelementptr [2 x %"main.T\C2\B72"], ptr %16, i64 0, i64 0
  store %"main.T\C2\B72" %22, ptr %23, align 8
  store %"main.T\C2\B72" zeroinitializer, ptr %complit4, align 8
  %24 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 0
  store i64 2, ptr %24, align 8
  %25 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 1
  store i64 2, ptr %25, align 8
  %26 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 2
  store i64 2, ptr %26, align 8
  %27 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 3
  store i64 2, ptr %27, align 8
  %28 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %28, align 8
  %29 = load %"main.T\C2\B72", ptr %complit4, align 8
  %30 = getelementptr [2 x %"main.T\C2\B72"], ptr %16, i64 0, i64 1
  store %"main.T\C2\B72" %29, ptr %30, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %31 = getelementptr %"main.T\C2\B72", ptr %16, i64 0
  %32 = insertvalue { ptr, i64, i64 } undef, ptr %31, 0
  %33 = insertvalue { ptr, i64, i64 } %32, i64 2, 1
  %34 = insertvalue { ptr, i64, i64 } %33, i64 2, 2
  %35 = extractvalue { ptr, i64, i64 } %34, 1
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey5, align 8
  %36 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B72", ptr %0, ptr %mapkey5)
  %37 = icmp ne ptr %36, null
  %38 = select i1 %37, ptr %36, ptr @"zero:main.T\C2\B72"
  %39 = load %"main.T\C2\B72", ptr %38, align 8
  %40 = extractvalue %"main.T\C2\B72" %39, 3
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey6, align 8
  %41 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B72", ptr %0, ptr %mapkey6)
  %42 = icmp ne ptr %41, null
  %43 = select i1 %42, ptr %41, ptr @"zero:main.T\C2\B72"
  %44 = load %"main.T\C2\B72", ptr %43, align 8
  %45 = extractvalue %"main.T\C2\B72" %44, 4
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey7, align 8
  %46 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B72", ptr %0, ptr %mapkey7)
  %47 = icmp ne ptr %46, null
  %48 = select i1 %47, ptr %46, ptr @"zero:main.T\C2\B72"
  %49 = load %"main.T\C2\B72", ptr %48, align 8
  %50 = extractvalue %"main.T\C2\B72" %49, 3
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey8, align 8
  %51 = call ptr @llgo_mapaccess(ptr @"type:map[string]main.T\C2\B72", ptr %0, ptr %mapkey8)
  %52 = icmp ne ptr %51, null
  %53 = select i1 %52, ptr %51, ptr @"zero:main.T\C2\B72"
  %54 = load %"main.T\C2\B72", ptr %53, align 8
  %55 = extractvalue %"main.T\C2\B72" %54, 4
  %56 = extractvalue { ptr, i64 } %55, 0
  %57 = extractvalue { ptr, i64 } %55, 1
  %58 = call i1 @llgo_eqstring(ptr %56, i64 %57, ptr null, i64 0)
  %59 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %w, i32 0, i32 0
  %60 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %59, i32 0, i32 0
  %61 = load i64, ptr %60, align 8
  %62 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %w, i32 0, i32 0
  %63 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %62, i32 0, i32 4
  %64 = load { ptr, i64 }, ptr %63, align 8
  %65 = extractvalue { ptr, i64, i64 } %34, 1
  %66 = icmp uge i64 1, %65
  br i1 %66, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %slice.next
  call void @llgo_panicindex(i64 1, i64 %65)
  unreachable

bounds.next:                                      ; preds = %slice.next
  %67 = extractvalue { ptr, i64, i64 } %34, 0
  %68 = getelementptr %"main.T\C2\B72", ptr %67, i64 1
  %69 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %68, i32 0, i32 4
  %70 = load { ptr, i64 }, ptr %69, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %40)
  call void @llgo_printsp()
  %71 = extractvalue { ptr, i64 } %45, 0
  %72 = extractvalue { ptr, i64 } %45, 1
  call void @llgo_printstring(ptr %71, i64 %72)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %50)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %58)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %61)
  call void @llgo_printsp()
  %73 = extractvalue { ptr, i64 } %64, 0
  %74 = extractvalue { ptr, i64 } %64, 1
  call void @llgo_printstring(ptr %73, i64 %74)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %35)
  call void @llgo_printsp()
  %75 = extractvalue { ptr, i64 } %70, 0
  %76 = extractvalue { ptr, i64 } %70, 1
  call void @llgo_printstring(ptr %75, i64 %76)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %"main.T\C2\B72" zeroinitializer, ptr %complit9, align 8
  %77 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 0
  store i64 5, ptr %77, align 8
  %78 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 1
  store i64 5, ptr %78, align 8
  %79 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 2
  store i64 5, ptr %79, align 8
  %80 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 3
  store i64 5, ptr %80, align 8
  %81 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.6, i64 4 }, ptr %81, align 8
  %82 = load %"main.T\C2\B72", ptr %complit9, align 8
  %83 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B72")
  store %"main.T\C2\B72" %82, ptr %83, align 8
  %84 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B72", ptr undef }, ptr %83, 1
  ret { ptr, ptr } %84
}

define void @main.main(ptr %context) {
entry:
  %mapkey = alloca { ptr, ptr }, align 8
  %mapkey21 = alloca { ptr, ptr }, align 8
  %mapkey22 = alloca { ptr, ptr }, align 8
  %mapkey23 = alloca { ptr, ptr }, align 8
  %mapkey24 = alloca { ptr, ptr }, align 8
  %mapkey25 = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, ptr } @main.small(ptr null)
  %1 = call { ptr, ptr } @main.big(ptr null)
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
  %3 = call ptr @llgo_newobject(ptr @"type:main.T")
  store i64 3, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"type:main.T", ptr undef }, ptr %3, 1
  store { ptr, ptr } %4, ptr %2, align 8
  %5 = extractvalue { ptr, ptr } %0, 0
  %6 = extractvalue { ptr, ptr } %1, 0
  %7 = extractvalue { ptr, ptr } %0, 1
  %8 = extractvalue { ptr, ptr } %1, 1
  %9 = icmp eq ptr %5, %6
  %10 = icmp eq ptr %5, null
  %11 = xor i1 %10, true
  %12 = and i1 %9, %11
  br i1 %12, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
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

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %24 = phi i1 [ %9, %"0.entry" ], [ %20, %uncomparable.next ], [ %23, %ifaceeq.boxed ]
  %25 = extractvalue { ptr, ptr } %0, 0
  %26 = extractvalue { ptr, ptr } %0, 0
  %27 = extractvalue { ptr, ptr } %0, 1
  %28 = extractvalue { ptr, ptr } %0, 1
  %29 = icmp eq ptr %25, %26
  %30 = icmp eq ptr %25, null
  %31 = xor i1 %30, true
  %32 = and i1 %29, %31
  br i1 %32, label %ifaceeq.values1, label %ifaceeq.done3

ifaceeq.values1:                                  ; preds = %ifaceeq.done
  %33 = getelementptr i8, ptr %25, i64 24
  %34 = load ptr, ptr %33, align 8
  %35 = icmp eq ptr %34, null
  br i1 %35, label %uncomparable.fail4, label %uncomparable.next5

uncomparable.fail4:                               ; preds = %ifaceeq.values1
  call void @llgo_panicuncomparable(ptr %25)
  unreachable

uncomparable.next5:                               ; preds = %ifaceeq.values1
  %36 = getelementptr i8, ptr %25, i64 23
  %37 = load i8, ptr %36, align 1
  %38 = and i8 %37, 32
  %39 = icmp ne i8 %38, 0
  %40 = icmp eq ptr %27, %28
  br i1 %39, label %ifaceeq.done3, label %ifaceeq.boxed2

ifaceeq.boxed2:                                   ; preds = %uncomparable.next5
  %41 = getelementptr i8, ptr %25, i64 32
  %42 = load ptr, ptr %41, align 8
  %43 = call i1 %34(ptr %27, ptr %28, ptr %42)
  br label %ifaceeq.done3

ifaceeq.done3:                                    ; preds = %ifaceeq.boxed2, %uncomparable.next5, %ifaceeq.done
  %44 = phi i1 [ %29, %ifaceeq.done ], [ %40, %uncomparable.next5 ], [ %43, %ifaceeq.boxed2 ]
  %45 = extractvalue { ptr, ptr } %1, 0
  %46 = extractvalue { ptr, ptr } %1, 0
  %47 = extractvalue { ptr, ptr } %1, 1
  %48 = extractvalue { ptr, ptr } %1, 1
  %49 = icmp eq ptr %45, %46
  %50 = icmp eq ptr %45, null
  %51 = xor i1 %50, true
  %52 = and i1 %49, %51
  br i1 %52, label %ifaceeq.values6, label %ifaceeq.done8

ifaceeq.values6:                                  ; preds = %ifaceeq.done3
  %53 = getelementptr i8, ptr %45, i64 24
  %54 = load ptr, ptr %53, align 8
  %55 = icmp eq ptr %54, null
  br i1 %55, label %uncomparable.fail9, label %uncomparable.next10

uncomparable.fail9:                               ; preds = %ifaceeq.values6
  call void @llgo_panicuncomparable(ptr %45)
  unreachable

uncomparable.next10:                              ; preds = %ifaceeq.values6
  %56 = getelementptr i8, ptr %45, i64 23
  %57 = load i8, ptr %56, align 1
  %58 = and i8 %57, 32
  %59 = icmp ne i8 %58, 0
  %60 = icmp eq ptr %47, %48
  br i1 %59, label %ifaceeq.done8, label %ifaceeq.boxed7

ifaceeq.boxed7:                                   ; preds = %uncomparable.next10
  %61 = getelementptr i8, ptr %45, i64 32
  %62 = load ptr, ptr %61, align 8
  %63 = call i1 %54(ptr %47, ptr %48, ptr %62)
  br label %ifaceeq.done8

ifaceeq.done8:                                    ; preds = %ifaceeq.boxed7, %uncomparable.next10, %ifaceeq.done3
  %64 = phi i1 [ %49, %ifaceeq.done3 ], [ %60, %uncomparable.next10 ], [ %63, %ifaceeq.boxed7 ]
  %65 = load { ptr, ptr }, ptr %2, align 8
  %66 = load { ptr, ptr }, ptr %2, align 8
  %67 = extractvalue { ptr, ptr } %65, 0
  %68 = extractvalue { ptr, ptr } %66, 0
  %69 = extractvalue { ptr, ptr } %65, 1
  %70 = extractvalue { ptr, ptr } %66, 1
  %71 = icmp eq ptr %67, %68
  %72 = icmp eq ptr %67, null
  %73 = xor i1 %72, true
  %74 = and i1 %71, %73
  br i1 %74, label %ifaceeq.values11, label %ifaceeq.done13

ifaceeq.values11:                                 ; preds = %ifaceeq.done8
  %75 = getelementptr i8, ptr %67, i64 24
  %76 = load ptr, ptr %75, align 8
  %77 = icmp eq ptr %76, null
  br i1 %77, label %uncomparable.fail14, label %uncomparable.next15

uncomparable.fail14:                              ; preds = %ifaceeq.values11
  call void @llgo_panicuncomparable(ptr %67)
  unreachable

uncomparable.next15:                              ; preds = %ifaceeq.values11
  %78 = getelementptr i8, ptr %67, i64 23
  %79 = load i8, ptr %78, align 1
  %80 = and i8 %79, 32
  %81 = icmp ne i8 %80, 0
  %82 = icmp eq ptr %69, %70
  br i1 %81, label %ifaceeq.done13, label %ifaceeq.boxed12

ifaceeq.boxed12:                                  ; preds = %uncomparable.next15
  %83 = getelementptr i8, ptr %67, i64 32
  %84 = load ptr, ptr %83, align 8
  %85 = call i1 %76(ptr %69, ptr %70, ptr %84)
  br label %ifaceeq.done13

ifaceeq.done13:                                   ; preds = %ifaceeq.boxed12, %uncomparable.next15, %ifaceeq.done8
  %86 = phi i1 [ %71, %ifaceeq.done8 ], [ %82, %uncomparable.next15 ], [ %85, %ifaceeq.boxed12 ]
  %87 = load { ptr, ptr }, ptr %2, align 8
  %88 = extractvalue { ptr, ptr } %0, 0
  %89 = extractvalue { ptr, ptr } %87, 0
  %90 = extractvalue { ptr, ptr } %0, 1
  %91 = extractvalue { ptr, ptr } %87, 1
  %92 = icmp eq ptr %88, %89
  %93 = icmp eq ptr %88, null
  %94 = xor i1 %93, true
  %95 = and i1 %92, %94
  br i1 %95, label %ifaceeq.values16, label %ifaceeq.done18

ifaceeq.values16:                                 ; preds = %ifaceeq.done13
  %96 = getelementptr i8, ptr %88, i64 24
  %97 = load ptr, ptr %96, align 8
  %98 = icmp eq ptr %97, null
  br i1 %98, label %uncomparable.fail19, label %uncomparable.next20

uncomparable.fail19:                              ; preds = %ifaceeq.values16
  call void @llgo_panicuncomparable(ptr %88)
  unreachable

uncomparable.next20:                              ; preds = %ifaceeq.values16
  %99 = getelementptr i8, ptr %88, i64 23
  %100 = load i8, ptr %99, align 1
  %101 = and i8 %100, 32
  %102 = icmp ne i8 %101, 0
  %103 = icmp eq ptr %90, %91
  br i1 %102, label %ifaceeq.done18, label %ifaceeq.boxed17

ifaceeq.boxed17:                                  ; preds = %uncomparable.next20
  %104 = getelementptr i8, ptr %88, i64 32
  %105 = load ptr, ptr %104, align 8
  %106 = call i1 %97(ptr %90, ptr %91, ptr %105)
  br label %ifaceeq.done18

ifaceeq.done18:                                   ; preds = %ifaceeq.boxed17, %uncomparable.next20, %ifaceeq.done13
  %107 = phi i1 [ %92, %ifaceeq.done13 ], [ %103, %uncomparable.next20 ], [ %106, %ifaceeq.boxed17 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %24)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %44)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %64)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %86)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %107)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %108 = call ptr @llgo_makemap(ptr @"type:map[interface{}]int", i64 3)
  store { ptr, ptr } %0, ptr %mapkey, align 8
  %109 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %108, ptr %mapkey)
  store i64 1, ptr %109, align 8
  store { ptr, ptr } %1, ptr %mapkey21, align 8
  %110 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %108, ptr %mapkey21)
  store i64 2, ptr %110, align 8
  %111 = load { ptr, ptr }, ptr %2, align 8
  store { ptr, ptr } %111, ptr %mapkey22, align 8
  %112 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %108, ptr %mapkey22)
  store i64 3, ptr %112, align 8
  %113 = call ptr @llgo_newobject(ptr @"type:map[interface{}]int")
  store ptr %108, ptr %113, align 8
  %114 = load ptr, ptr %113, align 8
  %115 = call i64 @llgo_maplen(ptr %114)
  %116 = load ptr, ptr %113, align 8
  store { ptr, ptr } %0, ptr %mapkey23, align 8
  %117 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %116, ptr %mapkey23)
  %118 = icmp ne ptr %117, null
  %119 = select i1 %118, ptr %117, ptr @"zero:int"
  %120 = load i64, ptr %119, align 8
  %121 = load ptr, ptr %113, align 8
  store { ptr, ptr } %1, ptr %mapkey24, align 8
  %122 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %121, ptr %mapkey24)
  %123 = icmp ne ptr %122, null
  %124 = select i1 %123, ptr %122, ptr @"zero:int"
  %125 = load i64, ptr %124, align 8
  %126 = load ptr, ptr %113, align 8
  %127 = load { ptr, ptr }, ptr %2, align 8
  store { ptr, ptr } %127, ptr %mapkey25, align 8
  %128 = call ptr @llgo_mapaccess(ptr @"type:map[interface{}]int", ptr %126, ptr %mapkey25)
  %129 = icmp ne ptr %128, null
  %130 = select i1 %129, ptr %128, ptr @"zero:int"
  %131 = load i64, ptr %130, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %115)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %120)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %125)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %131)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %132 = call ptr @llgo_alloc(i64 16)
  %133 = getelementptr inbounds nuw { ptr, ptr }, ptr %132, i32 0, i32 0
  store ptr %2, ptr %133, align 8
  %134 = getelementptr inbounds nuw { ptr, ptr }, ptr %132, i32 0, i32 1
  store ptr %113, ptr %134, align 8
  %135 = insertvalue { ptr, ptr } { ptr @"main.main$1", ptr undef }, ptr %132, 1
  %136 = extractvalue { ptr, ptr } %135, 0
  %137 = extractvalue { ptr, ptr } %135, 1
  %138 = icmp eq ptr %136, null
  br i1 %138, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %ifaceeq.done18
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %ifaceeq.done18
  call void %136(ptr %137)
  %139 = load ptr, ptr %113, align 8
  %140 = call i64 @llgo_maplen(ptr %139)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %140)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 0
  %c = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 1
  %keys = load ptr, ptr %1, align 8
  %complit = alloca [3 x i64], align 8
  %complit1 = alloca [3 x i64], align 8
  %mapkey = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store [3 x i64] zeroinitializer, ptr %complit, align 8
  %2 = getelementptr [3 x i64], ptr %complit, i64 0, i64 0
  store i64 1, ptr %2, align 8
  %3 = getelementptr [3 x i64], ptr %complit, i64 0, i64 1
  store i64 2, ptr %3, align 8
  %4 = getelementptr [3 x i64], ptr %complit, i64 0, i64 2
  store i64 3, ptr %4, align 8
  %5 = load [3 x i64], ptr %complit, align 8
  %6 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B73")
  store [3 x i64] %5, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B73", ptr undef }, ptr %6, 1
  store [3 x i64] zeroinitializer, ptr %complit1, align 8
  %8 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 0
  store i64 1, ptr %8, align 8
  %9 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 1
  store i64 2, ptr %9, align 8
  %10 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 2
  store i64 3, ptr %10, align 8
  %11 = load [3 x i64], ptr %complit1, align 8
  %12 = call ptr @llgo_newobject(ptr @"type:main.T\C2\B73")
  store [3 x i64] %11, ptr %12, align 8
  %13 = insertvalue { ptr, ptr } { ptr @"type:main.T\C2\B73", ptr undef }, ptr %12, 1
  %14 = extractvalue { ptr, ptr } %7, 0
  %15 = extractvalue { ptr, ptr } %13, 0
  %16 = extractvalue { ptr, ptr } %7, 1
  %17 = extractvalue { ptr, ptr } %13, 1
  %18 = icmp eq ptr %14, %15
  %19 = icmp eq ptr %14, null
  %20 = xor i1 %19, true
  %21 = and i1 %18, %20
  br i1 %21, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %22 = getelementptr i8, ptr %14, i64 24
  %23 = load ptr, ptr %22, align 8
  %24 = icmp eq ptr %23, null
  br i1 %24, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %14)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %25 = getelementptr i8, ptr %14, i64 23
  %26 = load i8, ptr %25, align 1
  %27 = and i8 %26, 32
  %28 = icmp ne i8 %27, 0
  %29 = icmp eq ptr %16, %17
  br i1 %28, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %30 = getelementptr i8, ptr %14, i64 32
  %31 = load ptr, ptr %30, align 8
  %32 = call i1 %23(ptr %16, ptr %17, ptr %31)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %33 = phi i1 [ %18, %"0.entry" ], [ %29, %uncomparable.next ], [ %32, %ifaceeq.boxed ]
  %34 = load { ptr, ptr }, ptr %c, align 8
  %35 = extractvalue { ptr, ptr } %7, 0
  %36 = extractvalue { ptr, ptr } %34, 0
  %37 = extractvalue { ptr, ptr } %7, 1
  %38 = extractvalue { ptr, ptr } %34, 1
  %39 = icmp eq ptr %35, %36
  %40 = icmp eq ptr %35, null
  %41 = xor i1 %40, true
  %42 = and i1 %39, %41
  br i1 %42, label %ifaceeq.values2, label %ifaceeq.done4

ifaceeq.values2:                                  ; preds = %ifaceeq.done
  %43 = getelementptr i8, ptr %35, i64 24
  %44 = load ptr, ptr %43, align 8
  %45 = icmp eq ptr %44, null
  br i1 %45, label %uncomparable.fail5, label %uncomparable.next6

uncomparable.fail5:                               ; preds = %ifaceeq.values2
  call void @llgo_panicuncomparable(ptr %35)
  unreachable

uncomparable.next6:                               ; preds = %ifaceeq.values2
  %46 = getelementptr i8, ptr %35, i64 23
  %47 = load i8, ptr %46, align 1
  %48 = and i8 %47, 32
  %49 = icmp ne i8 %48, 0
  %50 = icmp eq ptr %37, %38
  br i1 %49, label %ifaceeq.done4, label %ifaceeq.boxed3

ifaceeq.boxed3:                                   ; preds = %uncomparable.next6
  %51 = getelementptr i8, ptr %35, i64 32
  %52 = load ptr, ptr %51, align 8
  %53 = call i1 %44(ptr %37, ptr %38, ptr %52)
  br label %ifaceeq.done4

ifaceeq.done4:                                    ; preds = %ifaceeq.boxed3, %uncomparable.next6, %ifaceeq.done
  %54 = phi i1 [ %39, %ifaceeq.done ], [ %50, %uncomparable.next6 ], [ %53, %ifaceeq.boxed3 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %33)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %54)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %55 = load ptr, ptr %keys, align 8
  store { ptr, ptr } %7, ptr %mapkey, align 8
  %56 = call ptr @llgo_mapassign(ptr @"type:map[interface{}]int", ptr %55, ptr %mapkey)
  store i64 4, ptr %56, align 8
  ret void
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

define linkonce_odr i1 @"eq:*main.T\C2\B71"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.T\C2\B71"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %"main.T\C2\B71", ptr %0, align 1
  %4 = load %"main.T\C2\B71", ptr %1, align 1
  %5 = extractvalue %"main.T\C2\B71" %3, 0
  %6 = extractvalue %"main.T\C2\B71" %4, 0
  %7 = icmp eq i8 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
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

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_strhash(ptr, i64)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:[2]main.T\C2\B71"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x %"main.T\C2\B71"], ptr %0, align 1
  %4 = load [2 x %"main.T\C2\B71"], ptr %1, align 1
  %5 = extractvalue [2 x %"main.T\C2\B71"] %3, 0
  %6 = extractvalue [2 x %"main.T\C2\B71"] %4, 0
  %7 = extractvalue %"main.T\C2\B71" %5, 0
  %8 = extractvalue %"main.T\C2\B71" %6, 0
  %9 = icmp eq i8 %7, %8
  %10 = and i1 true, %9
  %11 = and i1 true, %10
  %12 = extractvalue [2 x %"main.T\C2\B71"] %3, 1
  %13 = extractvalue [2 x %"main.T\C2\B71"] %4, 1
  %14 = extractvalue %"main.T\C2\B71" %12, 0
  %15 = extractvalue %"main.T\C2\B71" %13, 0
  %16 = icmp eq i8 %14, %15
  %17 = and i1 true, %16
  %18 = and i1 %11, %17
  ret i1 %18
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i1 @"eq:*main.T\C2\B72"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.T\C2\B72"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %"main.T\C2\B72", ptr %0, align 8
  %4 = load %"main.T\C2\B72", ptr %1, align 8
  %5 = extractvalue %"main.T\C2\B72" %3, 0
  %6 = extractvalue %"main.T\C2\B72" %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %"main.T\C2\B72" %3, 1
  %10 = extractvalue %"main.T\C2\B72" %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  %13 = extractvalue %"main.T\C2\B72" %3, 2
  %14 = extractvalue %"main.T\C2\B72" %4, 2
  %15 = icmp eq i64 %13, %14
  %16 = and i1 %12, %15
  %17 = extractvalue %"main.T\C2\B72" %3, 3
  %18 = extractvalue %"main.T\C2\B72" %4, 3
  %19 = icmp eq i64 %17, %18
  %20 = and i1 %16, %19
  %21 = extractvalue %"main.T\C2\B72" %3, 4
  %22 = extractvalue %"main.T\C2\B72" %4, 4
  %23 = extractvalue { ptr, i64 } %21, 0
  %24 = extractvalue { ptr, i64 } %21, 1
  %25 = extractvalue { ptr, i64 } %22, 0
  %26 = extractvalue { ptr, i64 } %22, 1
  %27 = call i1 @llgo_eqstring(ptr %23, i64 %24, ptr %25, i64 %26)
  %28 = and i1 %20, %27
  ret i1 %28
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

define linkonce_odr i1 @"eq:[2]main.T\C2\B72"(ptr %0, ptr %1, ptr %2) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %6, %eq.next ]
  %3 = getelementptr %"main.T\C2\B72", ptr %0, i64 %i
  %4 = getelementptr %"main.T\C2\B72", ptr %1, i64 %i
  %5 = call i1 @"eq:main.T\C2\B72"(ptr %3, ptr %4, ptr null)
  br i1 %5, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %6 = add i64 %i, 1
  %7 = icmp ult i64 %6, 2
  br i1 %7, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

declare void @llgo_printstring(ptr, i64)

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

define linkonce_odr i1 @"eq:*main.T"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.T"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
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

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_nilinterhash(ptr, i64)

declare i64 @llgo_maplen(ptr)

declare ptr @llgo_alloc(i64)

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

define linkonce_odr i1 @"eq:*main.T\C2\B73"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.T\C2\B73"(ptr %0, ptr %1, ptr %2) {
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

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
