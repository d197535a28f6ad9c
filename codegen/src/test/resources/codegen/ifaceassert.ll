; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Rect = type { i64, i64 }
%main.Odd = type {}

@.str = private unnamed_addr constant [4 x i8] c"rect", align 1
@"name:1:*main.Shape" = linkonce_odr constant [13 x i8] c"\01\0B*main.Shape", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*main.Shape" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1821077017, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Shape", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Shape" }, section "llgo_types", align 8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:Area" = linkonce_odr constant [6 x i8] c"\01\04Area", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"name:1:Name" = linkonce_odr constant [6 x i8] c"\01\04Name", align 1
@"name:0:*func() string" = linkonce_odr constant [16 x i8] c"\00\0E*func() string", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1926728997, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:string"] }, section "llgo_types", align 8
@"type:main.Shape" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1896275841, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Shape", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Shape", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 32, i32 0 }, [2 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Namer" = linkonce_odr constant [13 x i8] c"\01\0B*main.Namer", align 1
@"type:*main.Namer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1373070951, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Namer", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Namer" }, section "llgo_types", align 8
@"type:main.Namer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 21962049, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Namer", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Namer", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Resetter" = linkonce_odr constant [16 x i8] c"\01\0E*main.Resetter", align 1
@"type:*main.Resetter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1507446856, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Resetter", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Resetter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Resetter" }, section "llgo_types", align 8
@"name:1:Reset" = linkonce_odr constant [7 x i8] c"\01\05Reset", align 1
@"name:0:*func()" = linkonce_odr constant [9 x i8] c"\00\07*func()", align 1
@"type:func()" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [0 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1386840404, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 0, i32 0, [0 x ptr] zeroinitializer }, section "llgo_types", align 8
@"type:main.Resetter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1698369488, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Resetter", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Resetter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Resetter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Resetter", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Reset" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [5 x i8] c"other", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"resetter", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"namer ", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"shape ", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"nil", align 1
@"name:1:*main.Rect" = linkonce_odr constant [12 x i8] c"\01\0A*main.Rect", align 1
@"name:1:Size" = linkonce_odr constant [6 x i8] c"\01\04Size", align 1
@"name:0:*func(int) int" = linkonce_odr constant [16 x i8] c"\00\0E*func(int) int", align 1
@"type:func(int) int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [2 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1770304088, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func(int) int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 1, i16 1, i32 0, [2 x ptr] [ptr @"type:int", ptr @"type:int"] }, section "llgo_types", align 8
@"type:*main.Rect" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [4 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -878811880, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Rect", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Rect", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 4, i16 4, i32 16, i32 0 }, [4 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Reset" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Rect).Reset" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Rect).Reset" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Size" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func(int) int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:w" = linkonce_odr constant [3 x i8] c"\00\01w", align 1
@"name:0:h" = linkonce_odr constant [3 x i8] c"\00\01h", align 1
@"type:main.Rect" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 302375952, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Rect", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Rect", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:w", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:h", ptr @"type:int", i64 8 }], [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Rect.Area to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Rect.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Size" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func(int) int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Rect.Size to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.7 = private unnamed_addr constant [17 x i8] c"Rect is Resetter:", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"*Rect is Resetter:", align 1
@"name:1:*main.Sizer" = linkonce_odr constant [13 x i8] c"\01\0B*main.Sizer", align 1
@"type:*main.Sizer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 482012435, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Sizer", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Sizer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Sizer" }, section "llgo_types", align 8
@"type:main.Sizer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1961749861, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Sizer", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Sizer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Sizer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Sizer", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Size" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func(int) int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Odd" = linkonce_odr constant [11 x i8] c"\01\09*main.Odd", align 1
@"type:*main.Odd" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1272106241, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Odd", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Odd" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Odd", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Size" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Odd.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Odd.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.Odd" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [0 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 0, i64 0, i32 1994219511, i8 15, i8 1, i8 1, i8 25, { ptr, ptr } { ptr @"eq:main.Odd", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Odd" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Odd" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } zeroinitializer, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [0 x { ptr, ptr, i64 }] zeroinitializer, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Size" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Odd.Size$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Odd.Size to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.9 = private unnamed_addr constant [13 x i8] c"Odd is Sizer:", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"nil is Namer:", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"nil is interface{}:", align 1
@.str.12 = private unnamed_addr constant [20 x i8] c"Rect is interface{}:", align 1
@"itab:main.Label,main.Namer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.Namer", ptr @"type:main.Label", i32 -92966248, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Label.Name$ptr"] }, align 8
@"name:1:*main.Label" = linkonce_odr constant [13 x i8] c"\01\0B*main.Label", align 1
@"type:*main.Label" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -254494800, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Label", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Label" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Label", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Label.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Label.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.Label" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -92966248, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:main.Label", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Label" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Label" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Label.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Label.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.13 = private unnamed_addr constant [1 x i8] c"l", align 1
@.str.14 = private unnamed_addr constant [15 x i8] c"Label is Shape:", align 1
@"itab:main.Rect,main.Namer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.Namer", ptr @"type:main.Rect", i32 302375952, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Rect.Name$ptr"] }, align 8
@.str.15 = private unnamed_addr constant [5 x i8] c"label", align 1
@"name:0:*map[main.Namer]int" = linkonce_odr constant [21 x i8] c"\00\13*map[main.Namer]int", align 1
@"type:map[main.Namer]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 371174914, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[main.Namer]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Namer", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:main.Namer", ptr null }, i8 16, i8 8, i16 0, i32 24 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8
@"name:0:*[6]interface {}" = linkonce_odr constant [18 x i8] c"\00\10*[6]interface {}", align 1
@"gcbits:ff0f" = linkonce_odr constant [2 x i8] c"\FF\0F"
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@"name:0:*[]interface {}" = linkonce_odr constant [17 x i8] c"\00\0F*[]interface {}", align 1
@"type:[]interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 -1397013356, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}" }, section "llgo_types", align 8
@"type:[6]interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 96, i64 96, i32 1165462650, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[6]interface{}", ptr null }, ptr @"gcbits:ff0f", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[6]interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:interface{}", ptr @"type:[]interface{}", i64 6 }, section "llgo_types", align 8
@.str.16 = private unnamed_addr constant [3 x i8] c"lab", align 1
@.str.17 = private unnamed_addr constant [1 x i8] c"s", align 1

define i64 @main.Rect.Area(%main.Rect %r, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  %2 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 1
  %3 = load i64, ptr %2, align 8
  %4 = mul i64 %1, %3
  ret i64 %4
}

define { ptr, i64 } @main.Rect.Name(%main.Rect %r, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  ret { ptr, i64 } { ptr @.str, i64 4 }
}

define void @"main.(*Rect).Reset"(ptr %r, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %r, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Rect, ptr %r, i32 0, i32 0
  store i64 0, ptr %1, align 8
  %2 = getelementptr inbounds nuw %main.Rect, ptr %r, i32 0, i32 1
  store i64 0, ptr %2, align 8
  ret void
}

define i64 @main.Rect.Size(%main.Rect %r, i64 %k, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  %2 = mul i64 %k, %1
  ret i64 %2
}

define { ptr, i64 } @main.Label.Name({ ptr, i64 } %l, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret { ptr, i64 } %l
}

define i64 @main.Odd.Size(%main.Odd %arg0, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret i64 7
}

define { ptr, i64 } @main.describe({ ptr, ptr } %x, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %x, 0
  %1 = icmp eq ptr %0, null
  br i1 %1, label %"1.typeswitch.body", label %"2.typeswitch.next"

"2.typeswitch.next":                              ; preds = %"0.entry"
  %2 = extractvalue { ptr, ptr } %x, 0
  %3 = extractvalue { ptr, ptr } %x, 1
  %4 = call ptr @llgo_getitab(ptr @"type:main.Shape", ptr %2, i1 true)
  %5 = icmp ne ptr %4, null
  %6 = select i1 %5, ptr %3, ptr null
  %7 = insertvalue { ptr, ptr } undef, ptr %4, 0
  %8 = insertvalue { ptr, ptr } %7, ptr %6, 1
  %9 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %8, 0
  %10 = insertvalue { { ptr, ptr }, i1 } %9, i1 %5, 1
  %11 = extractvalue { { ptr, ptr }, i1 } %10, 1
  %12 = extractvalue { { ptr, ptr }, i1 } %10, 0
  br i1 %11, label %"3.typeswitch.body", label %"4.typeswitch.next"

"4.typeswitch.next":                              ; preds = %"2.typeswitch.next"
  %13 = extractvalue { ptr, ptr } %x, 0
  %14 = extractvalue { ptr, ptr } %x, 1
  %15 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %13, i1 true)
  %16 = icmp ne ptr %15, null
  %17 = select i1 %16, ptr %14, ptr null
  %18 = insertvalue { ptr, ptr } undef, ptr %15, 0
  %19 = insertvalue { ptr, ptr } %18, ptr %17, 1
  %20 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %19, 0
  %21 = insertvalue { { ptr, ptr }, i1 } %20, i1 %16, 1
  %22 = extractvalue { { ptr, ptr }, i1 } %21, 1
  %23 = extractvalue { { ptr, ptr }, i1 } %21, 0
  br i1 %22, label %"5.typeswitch.body", label %"6.typeswitch.next"

"6.typeswitch.next":                              ; preds = %"4.typeswitch.next"
  %24 = extractvalue { ptr, ptr } %x, 0
  %25 = extractvalue { ptr, ptr } %x, 1
  %26 = call ptr @llgo_getitab(ptr @"type:main.Resetter", ptr %24, i1 true)
  %27 = icmp ne ptr %26, null
  %28 = select i1 %27, ptr %25, ptr null
  %29 = insertvalue { ptr, ptr } undef, ptr %26, 0
  %30 = insertvalue { ptr, ptr } %29, ptr %28, 1
  %31 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %30, 0
  %32 = insertvalue { { ptr, ptr }, i1 } %31, i1 %27, 1
  %33 = extractvalue { { ptr, ptr }, i1 } %32, 1
  %34 = extractvalue { { ptr, ptr }, i1 } %32, 0
  br i1 %33, label %"7.typeswitch.body", label %"8.typeswitch.next"

"8.typeswitch.next":                              ; preds = %"6.typeswitch.next"
  %35 = extractvalue { ptr, ptr } %x, 0
  %36 = icmp eq ptr %35, @"type:int"
  %37 = extractvalue { ptr, ptr } %x, 1
  br i1 %36, label %typeassert.ok, label %typeassert.done

typeassert.ok:                                    ; preds = %"8.typeswitch.next"
  %38 = load i64, ptr %37, align 8
  br label %typeassert.done

typeassert.done:                                  ; preds = %typeassert.ok, %"8.typeswitch.next"
  %39 = phi i64 [ 0, %"8.typeswitch.next" ], [ %38, %typeassert.ok ]
  %40 = insertvalue { i64, i1 } undef, i64 %39, 0
  %41 = insertvalue { i64, i1 } %40, i1 %36, 1
  %42 = extractvalue { i64, i1 } %41, 1
  %43 = extractvalue { i64, i1 } %41, 0
  br i1 %42, label %"9.typeswitch.body", label %"10.typeswitch.next"

"10.typeswitch.next":                             ; preds = %typeassert.done
  br label %"11.typeswitch.default"

"11.typeswitch.default":                          ; preds = %"10.typeswitch.next"
  ret { ptr, i64 } { ptr @.str.1, i64 5 }

"9.typeswitch.body":                              ; preds = %typeassert.done
  ret { ptr, i64 } { ptr @.str.2, i64 3 }

"7.typeswitch.body":                              ; preds = %"6.typeswitch.next"
  ret { ptr, i64 } { ptr @.str.3, i64 8 }

"5.typeswitch.body":                              ; preds = %"4.typeswitch.next"
  %44 = extractvalue { ptr, ptr } %23, 0
  %45 = icmp eq ptr %44, null
  br i1 %45, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"5.typeswitch.body"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"5.typeswitch.body"
  %46 = getelementptr i8, ptr %44, i64 24
  %47 = load ptr, ptr %46, align 8
  %48 = extractvalue { ptr, ptr } %23, 1
  %49 = call { ptr, i64 } %47(ptr %48, ptr null)
  %50 = extractvalue { ptr, i64 } %49, 0
  %51 = extractvalue { ptr, i64 } %49, 1
  %52 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.4, i64 6, ptr %50, i64 %51)
  ret { ptr, i64 } %52

"3.typeswitch.body":                              ; preds = %"2.typeswitch.next"
  %53 = extractvalue { ptr, ptr } %12, 0
  %54 = icmp eq ptr %53, null
  br i1 %54, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %"3.typeswitch.body"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %"3.typeswitch.body"
  %55 = getelementptr i8, ptr %53, i64 32
  %56 = load ptr, ptr %55, align 8
  %57 = extractvalue { ptr, ptr } %12, 1
  %58 = call { ptr, i64 } %56(ptr %57, ptr null)
  %59 = extractvalue { ptr, i64 } %58, 0
  %60 = extractvalue { ptr, i64 } %58, 1
  %61 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.5, i64 6, ptr %59, i64 %60)
  ret { ptr, i64 } %61

"1.typeswitch.body":                              ; preds = %"0.entry"
  ret { ptr, i64 } { ptr @.str.6, i64 3 }
}

define { ptr, ptr } @main.toNamer({ ptr, ptr } %s, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %s, 0
  %1 = icmp eq ptr %0, null
  br i1 %1, label %itab.done, label %itab.type

itab.type:                                        ; preds = %"0.entry"
  %2 = getelementptr i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %"0.entry"
  %4 = phi ptr [ null, %"0.entry" ], [ %3, %itab.type ]
  %5 = extractvalue { ptr, ptr } %s, 1
  %6 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %4, i1 true)
  %7 = insertvalue { ptr, ptr } undef, ptr %6, 0
  %8 = insertvalue { ptr, ptr } %7, ptr %5, 1
  ret { ptr, ptr } %8
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Rect, align 8
  %complit11 = alloca %main.Odd, align 8
  %complit18 = alloca %main.Rect, align 8
  %v = alloca %main.Rect, align 8
  %mapkey = alloca { ptr, ptr }, align 8
  %mapkey45 = alloca { ptr, ptr }, align 8
  %mapkey46 = alloca { ptr, ptr }, align 8
  %mapkey47 = alloca { ptr, ptr }, align 8
  %complit48 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %complit, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 0
  store i64 2, ptr %0, align 8
  %1 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 1
  store i64 3, ptr %1, align 8
  %2 = load %main.Rect, ptr %complit, align 8
  %3 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  store %main.Rect %2, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"type:main.Rect", ptr undef }, ptr %3, 1
  %5 = extractvalue { ptr, ptr } %4, 0
  %6 = extractvalue { ptr, ptr } %4, 1
  %7 = call ptr @llgo_getitab(ptr @"type:main.Shape", ptr %5, i1 false)
  %8 = insertvalue { ptr, ptr } undef, ptr %7, 0
  %9 = insertvalue { ptr, ptr } %8, ptr %6, 1
  %10 = extractvalue { ptr, ptr } %9, 0
  %11 = icmp eq ptr %10, null
  br i1 %11, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %12 = getelementptr i8, ptr %10, i64 24
  %13 = load ptr, ptr %12, align 8
  %14 = extractvalue { ptr, ptr } %9, 1
  %15 = call i64 %13(ptr %14, ptr null)
  %16 = extractvalue { ptr, ptr } %9, 0
  %17 = icmp eq ptr %16, null
  br i1 %17, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %18 = getelementptr i8, ptr %16, i64 32
  %19 = load ptr, ptr %18, align 8
  %20 = extractvalue { ptr, ptr } %9, 1
  %21 = call { ptr, i64 } %19(ptr %20, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %15)
  call void @llgo_printsp()
  %22 = extractvalue { ptr, i64 } %21, 0
  %23 = extractvalue { ptr, i64 } %21, 1
  call void @llgo_printstring(ptr %22, i64 %23)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %24 = extractvalue { ptr, ptr } %4, 0
  %25 = extractvalue { ptr, ptr } %4, 1
  %26 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %24, i1 true)
  %27 = icmp ne ptr %26, null
  %28 = select i1 %27, ptr %25, ptr null
  %29 = insertvalue { ptr, ptr } undef, ptr %26, 0
  %30 = insertvalue { ptr, ptr } %29, ptr %28, 1
  %31 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %30, 0
  %32 = insertvalue { { ptr, ptr }, i1 } %31, i1 %27, 1
  %33 = extractvalue { { ptr, ptr }, i1 } %32, 0
  %34 = extractvalue { { ptr, ptr }, i1 } %32, 1
  %35 = extractvalue { ptr, ptr } %33, 0
  %36 = icmp eq ptr %35, null
  br i1 %36, label %nilcheck.fail3, label %nilcheck.next4

nilcheck.fail3:                                   ; preds = %nilcheck.next2
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next4:                                   ; preds = %nilcheck.next2
  %37 = getelementptr i8, ptr %35, i64 24
  %38 = load ptr, ptr %37, align 8
  %39 = extractvalue { ptr, ptr } %33, 1
  %40 = call { ptr, i64 } %38(ptr %39, ptr null)
  call void @llgo_printlock()
  %41 = extractvalue { ptr, i64 } %40, 0
  %42 = extractvalue { ptr, i64 } %40, 1
  call void @llgo_printstring(ptr %41, i64 %42)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %34)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %43 = extractvalue { ptr, ptr } %4, 0
  %44 = extractvalue { ptr, ptr } %4, 1
  %45 = call ptr @llgo_getitab(ptr @"type:main.Resetter", ptr %43, i1 true)
  %46 = icmp ne ptr %45, null
  %47 = select i1 %46, ptr %44, ptr null
  %48 = insertvalue { ptr, ptr } undef, ptr %45, 0
  %49 = insertvalue { ptr, ptr } %48, ptr %47, 1
  %50 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %49, 0
  %51 = insertvalue { { ptr, ptr }, i1 } %50, i1 %46, 1
  %52 = extractvalue { { ptr, ptr }, i1 } %51, 0
  %53 = extractvalue { { ptr, ptr }, i1 } %51, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.7, i64 17)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %53)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %54 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  %55 = getelementptr inbounds nuw %main.Rect, ptr %54, i32 0, i32 0
  store i64 4, ptr %55, align 8
  %56 = getelementptr inbounds nuw %main.Rect, ptr %54, i32 0, i32 1
  store i64 5, ptr %56, align 8
  %57 = insertvalue { ptr, ptr } { ptr @"type:*main.Rect", ptr undef }, ptr %54, 1
  %58 = extractvalue { ptr, ptr } %57, 0
  %59 = extractvalue { ptr, ptr } %57, 1
  %60 = call ptr @llgo_getitab(ptr @"type:main.Resetter", ptr %58, i1 true)
  %61 = icmp ne ptr %60, null
  %62 = select i1 %61, ptr %59, ptr null
  %63 = insertvalue { ptr, ptr } undef, ptr %60, 0
  %64 = insertvalue { ptr, ptr } %63, ptr %62, 1
  %65 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %64, 0
  %66 = insertvalue { { ptr, ptr }, i1 } %65, i1 %61, 1
  %67 = extractvalue { { ptr, ptr }, i1 } %66, 0
  %68 = extractvalue { { ptr, ptr }, i1 } %66, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 18)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %68)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %69 = extractvalue { ptr, ptr } %67, 0
  %70 = icmp eq ptr %69, null
  br i1 %70, label %nilcheck.fail5, label %nilcheck.next6

nilcheck.fail5:                                   ; preds = %nilcheck.next4
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next6:                                   ; preds = %nilcheck.next4
  %71 = getelementptr i8, ptr %69, i64 24
  %72 = load ptr, ptr %71, align 8
  %73 = extractvalue { ptr, ptr } %67, 1
  call void %72(ptr %73, ptr null)
  %74 = extractvalue { ptr, ptr } %57, 0
  %75 = extractvalue { ptr, ptr } %57, 1
  %76 = call ptr @llgo_getitab(ptr @"type:main.Shape", ptr %74, i1 false)
  %77 = insertvalue { ptr, ptr } undef, ptr %76, 0
  %78 = insertvalue { ptr, ptr } %77, ptr %75, 1
  %79 = extractvalue { ptr, ptr } %78, 0
  %80 = icmp eq ptr %79, null
  br i1 %80, label %nilcheck.fail7, label %nilcheck.next8

nilcheck.fail7:                                   ; preds = %nilcheck.next6
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next8:                                   ; preds = %nilcheck.next6
  %81 = getelementptr i8, ptr %79, i64 24
  %82 = load ptr, ptr %81, align 8
  %83 = extractvalue { ptr, ptr } %78, 1
  %84 = call i64 %82(ptr %83, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %84)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %85 = extractvalue { ptr, ptr } %4, 0
  %86 = extractvalue { ptr, ptr } %4, 1
  %87 = call ptr @llgo_getitab(ptr @"type:main.Sizer", ptr %85, i1 true)
  %88 = icmp ne ptr %87, null
  %89 = select i1 %88, ptr %86, ptr null
  %90 = insertvalue { ptr, ptr } undef, ptr %87, 0
  %91 = insertvalue { ptr, ptr } %90, ptr %89, 1
  %92 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %91, 0
  %93 = insertvalue { { ptr, ptr }, i1 } %92, i1 %88, 1
  %94 = extractvalue { { ptr, ptr }, i1 } %93, 0
  %95 = extractvalue { { ptr, ptr }, i1 } %93, 1
  %96 = extractvalue { ptr, ptr } %94, 0
  %97 = icmp eq ptr %96, null
  br i1 %97, label %nilcheck.fail9, label %nilcheck.next10

nilcheck.fail9:                                   ; preds = %nilcheck.next8
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next10:                                  ; preds = %nilcheck.next8
  %98 = getelementptr i8, ptr %96, i64 24
  %99 = load ptr, ptr %98, align 8
  %100 = extractvalue { ptr, ptr } %94, 1
  %101 = call i64 %99(ptr %100, i64 10, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %101)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %95)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Odd zeroinitializer, ptr %complit11, align 1
  %102 = load %main.Odd, ptr %complit11, align 1
  %103 = call ptr @llgo_newobject(ptr @"type:main.Odd")
  store %main.Odd %102, ptr %103, align 1
  %104 = insertvalue { ptr, ptr } { ptr @"type:main.Odd", ptr undef }, ptr %103, 1
  %105 = extractvalue { ptr, ptr } %104, 0
  %106 = extractvalue { ptr, ptr } %104, 1
  %107 = call ptr @llgo_getitab(ptr @"type:main.Sizer", ptr %105, i1 true)
  %108 = icmp ne ptr %107, null
  %109 = select i1 %108, ptr %106, ptr null
  %110 = insertvalue { ptr, ptr } undef, ptr %107, 0
  %111 = insertvalue { ptr, ptr } %110, ptr %109, 1
  %112 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %111, 0
  %113 = insertvalue { { ptr, ptr }, i1 } %112, i1 %108, 1
  %114 = extractvalue { { ptr, ptr }, i1 } %113, 0
  %115 = extractvalue { { ptr, ptr }, i1 } %113, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.9, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %115)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %116 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr null, i1 true)
  %117 = icmp ne ptr %116, null
  %118 = select i1 %117, ptr null, ptr null
  %119 = insertvalue { ptr, ptr } undef, ptr %116, 0
  %120 = insertvalue { ptr, ptr } %119, ptr %118, 1
  %121 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %120, 0
  %122 = insertvalue { { ptr, ptr }, i1 } %121, i1 %117, 1
  %123 = extractvalue { { ptr, ptr }, i1 } %122, 0
  %124 = extractvalue { { ptr, ptr }, i1 } %122, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.10, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %124)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.11, i64 19)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 false)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %125 = extractvalue { ptr, ptr } %4, 0
  %126 = extractvalue { ptr, ptr } %4, 1
  %127 = icmp ne ptr %125, null
  %128 = select i1 %127, ptr %126, ptr null
  %129 = insertvalue { ptr, ptr } undef, ptr %125, 0
  %130 = insertvalue { ptr, ptr } %129, ptr %128, 1
  %131 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %130, 0
  %132 = insertvalue { { ptr, ptr }, i1 } %131, i1 %127, 1
  %133 = extractvalue { { ptr, ptr }, i1 } %132, 0
  %134 = extractvalue { { ptr, ptr }, i1 } %132, 1
  %135 = extractvalue { ptr, ptr } %133, 0
  %136 = extractvalue { ptr, ptr } %4, 0
  %137 = extractvalue { ptr, ptr } %133, 1
  %138 = extractvalue { ptr, ptr } %4, 1
  %139 = icmp eq ptr %135, %136
  %140 = icmp eq ptr %135, null
  %141 = xor i1 %140, true
  %142 = and i1 %139, %141
  br i1 %142, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %nilcheck.next10
  %143 = getelementptr i8, ptr %135, i64 24
  %144 = load ptr, ptr %143, align 8
  %145 = icmp eq ptr %144, null
  br i1 %145, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %135)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %146 = getelementptr i8, ptr %135, i64 23
  %147 = load i8, ptr %146, align 1
  %148 = and i8 %147, 32
  %149 = icmp ne i8 %148, 0
  %150 = icmp eq ptr %137, %138
  br i1 %149, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %151 = getelementptr i8, ptr %135, i64 32
  %152 = load ptr, ptr %151, align 8
  %153 = call i1 %144(ptr %137, ptr %138, ptr %152)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %nilcheck.next10
  %154 = phi i1 [ %139, %nilcheck.next10 ], [ %150, %uncomparable.next ], [ %153, %ifaceeq.boxed ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.12, i64 20)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %134)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %154)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %155 = call { ptr, ptr } @main.toNamer({ ptr, ptr } %9, ptr null)
  %156 = extractvalue { ptr, ptr } %155, 0
  %157 = icmp eq ptr %156, null
  br i1 %157, label %nilcheck.fail12, label %nilcheck.next13

nilcheck.fail12:                                  ; preds = %ifaceeq.done
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next13:                                  ; preds = %ifaceeq.done
  %158 = getelementptr i8, ptr %156, i64 24
  %159 = load ptr, ptr %158, align 8
  %160 = extractvalue { ptr, ptr } %155, 1
  %161 = call { ptr, i64 } %159(ptr %160, ptr null)
  call void @llgo_printlock()
  %162 = extractvalue { ptr, i64 } %161, 0
  %163 = extractvalue { ptr, i64 } %161, 1
  call void @llgo_printstring(ptr %162, i64 %163)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %164 = call { ptr, ptr } @main.toNamer({ ptr, ptr } zeroinitializer, ptr null)
  %165 = extractvalue { ptr, ptr } %164, 0
  %166 = icmp eq ptr %165, null
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %166)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %167 = extractvalue { ptr, ptr } %155, 0
  %168 = icmp eq ptr %167, null
  br i1 %168, label %itab.done, label %itab.type

itab.type:                                        ; preds = %nilcheck.next13
  %169 = getelementptr i8, ptr %167, i64 8
  %170 = load ptr, ptr %169, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %nilcheck.next13
  %171 = phi ptr [ null, %nilcheck.next13 ], [ %170, %itab.type ]
  %172 = extractvalue { ptr, ptr } %155, 1
  %173 = call ptr @llgo_getitab(ptr @"type:main.Shape", ptr %171, i1 true)
  %174 = icmp ne ptr %173, null
  %175 = select i1 %174, ptr %172, ptr null
  %176 = insertvalue { ptr, ptr } undef, ptr %173, 0
  %177 = insertvalue { ptr, ptr } %176, ptr %175, 1
  %178 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %177, 0
  %179 = insertvalue { { ptr, ptr }, i1 } %178, i1 %174, 1
  %180 = extractvalue { { ptr, ptr }, i1 } %179, 0
  %181 = extractvalue { { ptr, ptr }, i1 } %179, 1
  %182 = extractvalue { ptr, ptr } %180, 0
  %183 = icmp eq ptr %182, null
  br i1 %183, label %nilcheck.fail14, label %nilcheck.next15

nilcheck.fail14:                                  ; preds = %itab.done
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next15:                                  ; preds = %itab.done
  %184 = getelementptr i8, ptr %182, i64 24
  %185 = load ptr, ptr %184, align 8
  %186 = extractvalue { ptr, ptr } %180, 1
  %187 = call i64 %185(ptr %186, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %187)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %181)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %188 = call ptr @llgo_newobject(ptr @"type:main.Label")
  store { ptr, i64 } { ptr @.str.13, i64 1 }, ptr %188, align 8
  %189 = insertvalue { ptr, ptr } { ptr @"itab:main.Label,main.Namer", ptr undef }, ptr %188, 1
  %190 = extractvalue { ptr, ptr } %189, 0
  %191 = icmp eq ptr %190, null
  br i1 %191, label %itab.done17, label %itab.type16

itab.type16:                                      ; preds = %nilcheck.next15
  %192 = getelementptr i8, ptr %190, i64 8
  %193 = load ptr, ptr %192, align 8
  br label %itab.done17

itab.done17:                                      ; preds = %itab.type16, %nilcheck.next15
  %194 = phi ptr [ null, %nilcheck.next15 ], [ %193, %itab.type16 ]
  %195 = extractvalue { ptr, ptr } %189, 1
  %196 = call ptr @llgo_getitab(ptr @"type:main.Shape", ptr %194, i1 true)
  %197 = icmp ne ptr %196, null
  %198 = select i1 %197, ptr %195, ptr null
  %199 = insertvalue { ptr, ptr } undef, ptr %196, 0
  %200 = insertvalue { ptr, ptr } %199, ptr %198, 1
  %201 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %200, 0
  %202 = insertvalue { { ptr, ptr }, i1 } %201, i1 %197, 1
  %203 = extractvalue { { ptr, ptr }, i1 } %202, 0
  %204 = extractvalue { { ptr, ptr }, i1 } %202, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.14, i64 15)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %204)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Rect zeroinitializer, ptr %complit18, align 8
  %205 = getelementptr inbounds nuw %main.Rect, ptr %complit18, i32 0, i32 0
  store i64 2, ptr %205, align 8
  %206 = getelementptr inbounds nuw %main.Rect, ptr %complit18, i32 0, i32 1
  store i64 3, ptr %206, align 8
  %207 = load %main.Rect, ptr %complit18, align 8
  %208 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  store %main.Rect %207, ptr %208, align 8
  %209 = insertvalue { ptr, ptr } { ptr @"itab:main.Rect,main.Namer", ptr undef }, ptr %208, 1
  %210 = extractvalue { ptr, ptr } %4, 0
  %211 = extractvalue { ptr, ptr } %4, 1
  %212 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %210, i1 false)
  %213 = insertvalue { ptr, ptr } undef, ptr %212, 0
  %214 = insertvalue { ptr, ptr } %213, ptr %211, 1
  %215 = extractvalue { ptr, ptr } %209, 0
  %216 = extractvalue { ptr, ptr } %214, 0
  %217 = extractvalue { ptr, ptr } %209, 1
  %218 = extractvalue { ptr, ptr } %214, 1
  %219 = extractvalue { ptr, ptr } %209, 0
  %220 = icmp eq ptr %219, null
  br i1 %220, label %itab.done20, label %itab.type19

itab.type19:                                      ; preds = %itab.done17
  %221 = getelementptr i8, ptr %219, i64 8
  %222 = load ptr, ptr %221, align 8
  br label %itab.done20

itab.done20:                                      ; preds = %itab.type19, %itab.done17
  %223 = phi ptr [ null, %itab.done17 ], [ %222, %itab.type19 ]
  %224 = extractvalue { ptr, ptr } %214, 0
  %225 = icmp eq ptr %224, null
  br i1 %225, label %itab.done22, label %itab.type21

itab.type21:                                      ; preds = %itab.done20
  %226 = getelementptr i8, ptr %224, i64 8
  %227 = load ptr, ptr %226, align 8
  br label %itab.done22

itab.done22:                                      ; preds = %itab.type21, %itab.done20
  %228 = phi ptr [ null, %itab.done20 ], [ %227, %itab.type21 ]
  %229 = icmp eq ptr %223, %228
  %230 = icmp eq ptr %223, null
  %231 = xor i1 %230, true
  %232 = and i1 %229, %231
  br i1 %232, label %ifaceeq.values23, label %ifaceeq.done25

ifaceeq.values23:                                 ; preds = %itab.done22
  %233 = getelementptr i8, ptr %223, i64 24
  %234 = load ptr, ptr %233, align 8
  %235 = icmp eq ptr %234, null
  br i1 %235, label %uncomparable.fail26, label %uncomparable.next27

uncomparable.fail26:                              ; preds = %ifaceeq.values23
  call void @llgo_panicuncomparable(ptr %223)
  unreachable

uncomparable.next27:                              ; preds = %ifaceeq.values23
  %236 = getelementptr i8, ptr %223, i64 23
  %237 = load i8, ptr %236, align 1
  %238 = and i8 %237, 32
  %239 = icmp ne i8 %238, 0
  %240 = icmp eq ptr %217, %218
  br i1 %239, label %ifaceeq.done25, label %ifaceeq.boxed24

ifaceeq.boxed24:                                  ; preds = %uncomparable.next27
  %241 = getelementptr i8, ptr %223, i64 32
  %242 = load ptr, ptr %241, align 8
  %243 = call i1 %234(ptr %217, ptr %218, ptr %242)
  br label %ifaceeq.done25

ifaceeq.done25:                                   ; preds = %ifaceeq.boxed24, %uncomparable.next27, %itab.done22
  %244 = phi i1 [ %229, %itab.done22 ], [ %240, %uncomparable.next27 ], [ %243, %ifaceeq.boxed24 ]
  %245 = extractvalue { ptr, ptr } %214, 0
  %246 = icmp eq ptr %245, null
  br i1 %246, label %itab.done29, label %itab.type28

itab.type28:                                      ; preds = %ifaceeq.done25
  %247 = getelementptr i8, ptr %245, i64 8
  %248 = load ptr, ptr %247, align 8
  br label %itab.done29

itab.done29:                                      ; preds = %itab.type28, %ifaceeq.done25
  %249 = phi ptr [ null, %ifaceeq.done25 ], [ %248, %itab.type28 ]
  %250 = icmp eq ptr %249, @"type:main.Rect"
  %251 = extractvalue { ptr, ptr } %214, 1
  %252 = xor i1 %250, true
  br i1 %252, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %itab.done29
  call void @llgo_panicdottype(ptr %249, ptr @"type:main.Rect", ptr @"type:main.Namer")
  unreachable

typeassert.next:                                  ; preds = %itab.done29
  %253 = load %main.Rect, ptr %251, align 8
  %254 = extractvalue %main.Rect %253, 0
  %255 = extractvalue { ptr, ptr } %155, 0
  %256 = extractvalue { ptr, ptr } %209, 0
  %257 = extractvalue { ptr, ptr } %155, 1
  %258 = extractvalue { ptr, ptr } %209, 1
  %259 = extractvalue { ptr, ptr } %155, 0
  %260 = icmp eq ptr %259, null
  br i1 %260, label %itab.done31, label %itab.type30

itab.type30:                                      ; preds = %typeassert.next
  %261 = getelementptr i8, ptr %259, i64 8
  %262 = load ptr, ptr %261, align 8
  br label %itab.done31

itab.done31:                                      ; preds = %itab.type30, %typeassert.next
  %263 = phi ptr [ null, %typeassert.next ], [ %262, %itab.type30 ]
  %264 = extractvalue { ptr, ptr } %209, 0
  %265 = icmp eq ptr %264, null
  br i1 %265, label %itab.done33, label %itab.type32

itab.type32:                                      ; preds = %itab.done31
  %266 = getelementptr i8, ptr %264, i64 8
  %267 = load ptr, ptr %266, align 8
  br label %itab.done33

itab.done33:                                      ; preds = %itab.type32, %itab.done31
  %268 = phi ptr [ null, %itab.done31 ], [ %267, %itab.type32 ]
  %269 = icmp eq ptr %263, %268
  %270 = icmp eq ptr %263, null
  %271 = xor i1 %270, true
  %272 = and i1 %269, %271
  br i1 %272, label %ifaceeq.values34, label %ifaceeq.done36

ifaceeq.values34:                                 ; preds = %itab.done33
  %273 = getelementptr i8, ptr %263, i64 24
  %274 = load ptr, ptr %273, align 8
  %275 = icmp eq ptr %274, null
  br i1 %275, label %uncomparable.fail37, label %uncomparable.next38

uncomparable.fail37:                              ; preds = %ifaceeq.values34
  call void @llgo_panicuncomparable(ptr %263)
  unreachable

uncomparable.next38:                              ; preds = %ifaceeq.values34
  %276 = getelementptr i8, ptr %263, i64 23
  %277 = load i8, ptr %276, align 1
  %278 = and i8 %277, 32
  %279 = icmp ne i8 %278, 0
  %280 = icmp eq ptr %257, %258
  br i1 %279, label %ifaceeq.done36, label %ifaceeq.boxed35

ifaceeq.boxed35:                                  ; preds = %uncomparable.next38
  %281 = getelementptr i8, ptr %263, i64 32
  %282 = load ptr, ptr %281, align 8
  %283 = call i1 %274(ptr %257, ptr %258, ptr %282)
  br label %ifaceeq.done36

ifaceeq.done36:                                   ; preds = %ifaceeq.boxed35, %uncomparable.next38, %itab.done33
  %284 = phi i1 [ %269, %itab.done33 ], [ %280, %uncomparable.next38 ], [ %283, %ifaceeq.boxed35 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %244)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %254)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %284)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %285 = extractvalue { ptr, ptr } %214, 0
  %286 = icmp eq ptr %285, null
  br i1 %286, label %itab.done40, label %itab.type39

itab.type39:                                      ; preds = %ifaceeq.done36
  %287 = getelementptr i8, ptr %285, i64 8
  %288 = load ptr, ptr %287, align 8
  br label %itab.done40

itab.done40:                                      ; preds = %itab.type39, %ifaceeq.done36
  %289 = phi ptr [ null, %ifaceeq.done36 ], [ %288, %itab.type39 ]
  %290 = icmp eq ptr %289, @"type:main.Label"
  %291 = extractvalue { ptr, ptr } %214, 1
  br i1 %290, label %typeassert.ok, label %typeassert.done

typeassert.ok:                                    ; preds = %itab.done40
  %292 = load { ptr, i64 }, ptr %291, align 8
  br label %typeassert.done

typeassert.done:                                  ; preds = %typeassert.ok, %itab.done40
  %293 = phi { ptr, i64 } [ zeroinitializer, %itab.done40 ], [ %292, %typeassert.ok ]
  %294 = insertvalue { { ptr, i64 }, i1 } undef, { ptr, i64 } %293, 0
  %295 = insertvalue { { ptr, i64 }, i1 } %294, i1 %290, 1
  %296 = extractvalue { { ptr, i64 }, i1 } %295, 1
  %297 = extractvalue { { ptr, i64 }, i1 } %295, 0
  br i1 %296, label %"2.typeswitch.body", label %"3.typeswitch.next"

"3.typeswitch.next":                              ; preds = %typeassert.done
  %298 = extractvalue { ptr, ptr } %214, 0
  %299 = icmp eq ptr %298, null
  br i1 %299, label %itab.done42, label %itab.type41

itab.type41:                                      ; preds = %"3.typeswitch.next"
  %300 = getelementptr i8, ptr %298, i64 8
  %301 = load ptr, ptr %300, align 8
  br label %itab.done42

itab.done42:                                      ; preds = %itab.type41, %"3.typeswitch.next"
  %302 = phi ptr [ null, %"3.typeswitch.next" ], [ %301, %itab.type41 ]
  %303 = icmp eq ptr %302, @"type:main.Rect"
  %304 = extractvalue { ptr, ptr } %214, 1
  br i1 %303, label %typeassert.ok43, label %typeassert.done44

typeassert.ok43:                                  ; preds = %itab.done42
  %305 = load %main.Rect, ptr %304, align 8
  br label %typeassert.done44

typeassert.done44:                                ; preds = %typeassert.ok43, %itab.done42
  %306 = phi %main.Rect [ zeroinitializer, %itab.done42 ], [ %305, %typeassert.ok43 ]
  %307 = insertvalue { %main.Rect, i1 } undef, %main.Rect %306, 0
  %308 = insertvalue { %main.Rect, i1 } %307, i1 %303, 1
  %309 = extractvalue { %main.Rect, i1 } %308, 1
  %310 = extractvalue { %main.Rect, i1 } %308, 0
  br i1 %309, label %"4.typeswitch.body", label %"5.typeswitch.next"

"5.typeswitch.next":                              ; preds = %typeassert.done44
  br label %"1.typeswitch.done"

"4.typeswitch.body":                              ; preds = %typeassert.done44
  store %main.Rect zeroinitializer, ptr %v, align 8
  store %main.Rect %310, ptr %v, align 8
  %311 = getelementptr inbounds nuw %main.Rect, ptr %v, i32 0, i32 1
  %312 = load i64, ptr %311, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %312)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.typeswitch.done"

"2.typeswitch.body":                              ; preds = %typeassert.done
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.15, i64 5)
  call void @llgo_printsp()
  %313 = extractvalue { ptr, i64 } %297, 0
  %314 = extractvalue { ptr, i64 } %297, 1
  call void @llgo_printstring(ptr %313, i64 %314)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.typeswitch.done"

"1.typeswitch.done":                              ; preds = %"2.typeswitch.body", %"4.typeswitch.body", %"5.typeswitch.next"
  %315 = call ptr @llgo_makemap(ptr @"type:map[main.Namer]int", i64 1)
  store { ptr, ptr } %209, ptr %mapkey, align 8
  %316 = call ptr @llgo_mapassign(ptr @"type:map[main.Namer]int", ptr %315, ptr %mapkey)
  store i64 1, ptr %316, align 8
  store { ptr, ptr } %214, ptr %mapkey45, align 8
  %317 = call ptr @llgo_mapaccess(ptr @"type:map[main.Namer]int", ptr %315, ptr %mapkey45)
  %318 = icmp ne ptr %317, null
  %319 = select i1 %318, ptr %317, ptr @"zero:int"
  %320 = load i64, ptr %319, align 8
  %321 = add i64 %320, 1
  store { ptr, ptr } %214, ptr %mapkey46, align 8
  %322 = call ptr @llgo_mapassign(ptr @"type:map[main.Namer]int", ptr %315, ptr %mapkey46)
  store i64 %321, ptr %322, align 8
  %323 = call i64 @llgo_maplen(ptr %315)
  store { ptr, ptr } %209, ptr %mapkey47, align 8
  %324 = call ptr @llgo_mapaccess(ptr @"type:map[main.Namer]int", ptr %315, ptr %mapkey47)
  %325 = icmp ne ptr %324, null
  %326 = select i1 %325, ptr %324, ptr @"zero:int"
  %327 = load i64, ptr %326, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %323)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %327)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %328 = call ptr @llgo_newobject(ptr @"type:[6]interface{}")
  %329 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 0
  store { ptr, ptr } zeroinitializer, ptr %329, align 8
  store %main.Rect zeroinitializer, ptr %complit48, align 8
  %330 = getelementptr inbounds nuw %main.Rect, ptr %complit48, i32 0, i32 0
  store i64 1, ptr %330, align 8
  %331 = getelementptr inbounds nuw %main.Rect, ptr %complit48, i32 0, i32 1
  store i64 1, ptr %331, align 8
  %332 = load %main.Rect, ptr %complit48, align 8
  %333 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  store %main.Rect %332, ptr %333, align 8
  %334 = insertvalue { ptr, ptr } { ptr @"type:main.Rect", ptr undef }, ptr %333, 1
  %335 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 1
  store { ptr, ptr } %334, ptr %335, align 8
  %336 = call ptr @llgo_newobject(ptr @"type:main.Label")
  store { ptr, i64 } { ptr @.str.16, i64 3 }, ptr %336, align 8
  %337 = insertvalue { ptr, ptr } { ptr @"type:main.Label", ptr undef }, ptr %336, 1
  %338 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 2
  store { ptr, ptr } %337, ptr %338, align 8
  %339 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  %340 = insertvalue { ptr, ptr } { ptr @"type:*main.Rect", ptr undef }, ptr %339, 1
  %341 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 3
  store { ptr, ptr } %340, ptr %341, align 8
  %342 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 3, ptr %342, align 8
  %343 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %342, 1
  %344 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 4
  store { ptr, ptr } %343, ptr %344, align 8
  %345 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.17, i64 1 }, ptr %345, align 8
  %346 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %345, 1
  %347 = getelementptr [6 x { ptr, ptr }], ptr %328, i64 0, i64 5
  store { ptr, ptr } %346, ptr %347, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"1.typeswitch.done"
  call void @llgo_panicslicelen(i64 0, i64 6, i64 6)
  unreachable

slice.next:                                       ; preds = %"1.typeswitch.done"
  %348 = getelementptr { ptr, ptr }, ptr %328, i64 0
  %349 = insertvalue { ptr, i64, i64 } undef, ptr %348, 0
  %350 = insertvalue { ptr, i64, i64 } %349, i64 6, 1
  %351 = insertvalue { ptr, i64, i64 } %350, i64 6, 2
  %352 = extractvalue { ptr, i64, i64 } %351, 1
  br label %"6.rangeindex.loop"

"6.rangeindex.loop":                              ; preds = %bounds.next, %slice.next
  %353 = phi i64 [ -1, %slice.next ], [ %354, %bounds.next ]
  %354 = add i64 %353, 1
  %355 = icmp slt i64 %354, %352
  br i1 %355, label %"7.rangeindex.body", label %"8.rangeindex.done"

"8.rangeindex.done":                              ; preds = %"6.rangeindex.loop"
  ret void

"7.rangeindex.body":                              ; preds = %"6.rangeindex.loop"
  %356 = extractvalue { ptr, i64, i64 } %351, 1
  %357 = icmp uge i64 %354, %356
  br i1 %357, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"7.rangeindex.body"
  call void @llgo_panicindex(i64 %354, i64 %356)
  unreachable

bounds.next:                                      ; preds = %"7.rangeindex.body"
  %358 = extractvalue { ptr, i64, i64 } %351, 0
  %359 = getelementptr { ptr, ptr }, ptr %358, i64 %354
  %360 = load { ptr, ptr }, ptr %359, align 8
  %361 = call { ptr, i64 } @main.describe({ ptr, ptr } %360, ptr null)
  call void @llgo_printlock()
  %362 = extractvalue { ptr, i64 } %361, 0
  %363 = extractvalue { ptr, i64 } %361, 1
  call void @llgo_printstring(ptr %362, i64 %363)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"6.rangeindex.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare ptr @llgo_getitab(ptr, ptr, i1)

define linkonce_odr i1 @"eq:*main.Shape"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Shape"(ptr %0, ptr %1, ptr %2) {
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

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

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

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

define linkonce_odr i1 @"eq:*main.Namer"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Namer"(ptr %0, ptr %1, ptr %2) {
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

define linkonce_odr i1 @"eq:*main.Resetter"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Resetter"(ptr %0, ptr %1, ptr %2) {
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

define linkonce_odr i1 @"eq:*main.Rect"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Rect.Area$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Rect, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Rect.Area$ptr", ptr @main.Rect.Area)
  %4 = call i64 @main.Rect.Area(%main.Rect %3, ptr %1)
  ret i64 %4
}

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr { ptr, i64 } @"main.Rect.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Rect, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Rect.Name$ptr", ptr @main.Rect.Name)
  %4 = call { ptr, i64 } @main.Rect.Name(%main.Rect %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i64 @"main.Rect.Size$ptr"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = icmp eq ptr %0, null
  br i1 %3, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %4 = load %main.Rect, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Rect.Size$ptr", ptr @main.Rect.Size)
  %5 = call i64 @main.Rect.Size(%main.Rect %4, i64 %1, ptr %2)
  ret i64 %5
}

define linkonce_odr i1 @"eq:main.Rect"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Rect, ptr %0, align 8
  %4 = load %main.Rect, ptr %1, align 8
  %5 = extractvalue %main.Rect %3, 0
  %6 = extractvalue %main.Rect %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Rect %3, 1
  %10 = extractvalue %main.Rect %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

declare ptr @llgo_newobject(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printbool(i1)

define linkonce_odr i1 @"eq:*main.Sizer"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Sizer"(ptr %0, ptr %1, ptr %2) {
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

define linkonce_odr i1 @"eq:*main.Odd"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Odd.Size$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Odd, ptr %0, align 1
  call void @llgo_deferforward(ptr @"main.Odd.Size$ptr", ptr @main.Odd.Size)
  %4 = call i64 @main.Odd.Size(%main.Odd %3, ptr %1)
  ret i64 %4
}

define linkonce_odr i1 @"eq:main.Odd"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Odd, ptr %0, align 1
  %4 = load %main.Odd, ptr %1, align 1
  ret i1 true
}

define linkonce_odr { ptr, i64 } @"main.Label.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load { ptr, i64 }, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Label.Name$ptr", ptr @main.Label.Name)
  %4 = call { ptr, i64 } @main.Label.Name({ ptr, i64 } %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i1 @"eq:*main.Label"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Label"(ptr %0, ptr %1, ptr %2) {
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

; Function Attrs: noreturn
declare void @llgo_panicdottype(ptr, ptr, ptr) #0

declare ptr @llgo_makemap(ptr, i64)

define linkonce_odr i64 @"hash:main.Namer"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_interhash(ptr, i64)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare i64 @llgo_maplen(ptr)

define linkonce_odr i1 @"eq:[6]interface{}"(ptr %0, ptr %1, ptr %2) {
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
  %7 = icmp ult i64 %6, 6
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

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
