; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Base = type { i64 }
%main.Inner = type { i64 }
%main.Own = type { %main.Base }
%main.Wrapper = type { { ptr, i64 }, %main.Base }
%main.PtrWrapper = type { ptr }
%main.Shadow = type { %main.Wrapper, %main.Inner }
%main.Deep = type { i64, %main.Wrapper }

@.str = private unnamed_addr constant [4 x i8] c"base", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"inner", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"own", align 1
@.str.3 = private unnamed_addr constant [1 x i8] c"w", align 1
@"name:1:*main.Wrapper" = linkonce_odr constant [15 x i8] c"\01\0D*main.Wrapper", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:Get" = linkonce_odr constant [5 x i8] c"\01\03Get", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"name:1:Inc" = linkonce_odr constant [5 x i8] c"\01\03Inc", align 1
@"name:0:*func()" = linkonce_odr constant [9 x i8] c"\00\07*func()", align 1
@"type:func()" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [0 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1386840404, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 0, i32 0, [0 x ptr] zeroinitializer }, section "llgo_types", align 8
@"name:1:Name" = linkonce_odr constant [6 x i8] c"\01\04Name", align 1
@"name:0:*func() string" = linkonce_odr constant [16 x i8] c"\00\0E*func() string", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1926728997, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:string"] }, section "llgo_types", align 8
@"type:*main.Wrapper" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1355252211, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Wrapper", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Wrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Wrapper", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:tag" = linkonce_odr constant [5 x i8] c"\00\03tag", align 1
@"name:9:Base" = linkonce_odr constant [6 x i8] c"\09\04Base", align 1
@"name:1:*main.Base" = linkonce_odr constant [12 x i8] c"\01\0A*main.Base", align 1
@"type:*main.Base" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -78748313, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Base", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Base" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Base", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Base).Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Base).Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Base).Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Base).Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Base.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Base.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:n" = linkonce_odr constant [3 x i8] c"\00\01n", align 1
@"type:main.Base" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -422911681, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Base", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Base" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Base" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Base", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:n", ptr @"type:int", i64 0 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Base.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Base.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.Wrapper" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 602029621, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Wrapper", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Wrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Wrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Wrapper", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:tag", ptr @"type:string", i64 0 }, { ptr, ptr, i64 } { ptr @"name:9:Base", ptr @"type:main.Base", i64 16 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Wrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }] }, section "llgo_types", align 8
@"name:1:*main.Namer" = linkonce_odr constant [13 x i8] c"\01\0B*main.Namer", align 1
@"type:*main.Namer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1373070951, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Namer", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Namer" }, section "llgo_types", align 8
@"type:main.Namer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 21962049, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Namer", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Namer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Namer", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Counter" = linkonce_odr constant [15 x i8] c"\01\0D*main.Counter", align 1
@"type:*main.Counter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 825209082, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Counter", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Counter" }, section "llgo_types", align 8
@"type:main.Counter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1874137154, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Counter", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Counter", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 32, i32 0 }, [2 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@.str.4 = private unnamed_addr constant [19 x i8] c"Wrapper is Counter:", align 1
@.str.5 = private unnamed_addr constant [1 x i8] c"p", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@"name:1:*main.PtrWrapper" = linkonce_odr constant [18 x i8] c"\01\10*main.PtrWrapper", align 1
@"type:*main.PtrWrapper" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -2061015769, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.PtrWrapper", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.PtrWrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.PtrWrapper", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.PtrWrapper" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }], [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1247142305, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.PtrWrapper", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.PtrWrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.PtrWrapper" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.PtrWrapper", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:9:Base", ptr @"type:*main.Base", i64 0 }], [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.PtrWrapper.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }] }, section "llgo_types", align 8
@.str.6 = private unnamed_addr constant [22 x i8] c"PtrWrapper is Counter:", align 1
@"name:1:*main.Deep" = linkonce_odr constant [12 x i8] c"\01\0A*main.Deep", align 1
@"type:*main.Deep" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -170378360, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Deep", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Deep" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Deep", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"gcbits:02" = linkonce_odr constant [1 x i8] c"\02"
@"name:0:x" = linkonce_odr constant [3 x i8] c"\00\01x", align 1
@"name:9:Wrapper" = linkonce_odr constant [9 x i8] c"\09\07Wrapper", align 1
@"type:main.Deep" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 16, i32 1435163776, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Deep", ptr null }, ptr @"gcbits:02", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Deep" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Deep" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Deep", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:x", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:9:Wrapper", ptr @"type:main.Wrapper", i64 8 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Deep.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }] }, section "llgo_types", align 8
@.str.7 = private unnamed_addr constant [1 x i8] c"d", align 1
@"name:1:*main.Shadow" = linkonce_odr constant [14 x i8] c"\01\0C*main.Shadow", align 1
@"type:*main.Shadow" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 848073730, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Shadow", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shadow" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Shadow", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:9:Inner" = linkonce_odr constant [7 x i8] c"\09\05Inner", align 1
@"name:1:*main.Inner" = linkonce_odr constant [13 x i8] c"\01\0B*main.Inner", align 1
@"type:*main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -250349094, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Inner", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Inner", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Inner.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Inner.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:v" = linkonce_odr constant [3 x i8] c"\00\01v", align 1
@"type:main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 1361680018, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Inner", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Inner", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:v", ptr @"type:int", i64 0 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Inner.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Inner.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.Shadow" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 8, i32 -1707789510, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Shadow", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shadow" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Shadow" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Shadow", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:9:Wrapper", ptr @"type:main.Wrapper", i64 0 }, { ptr, ptr, i64 } { ptr @"name:9:Inner", ptr @"type:main.Inner", i64 24 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Shadow.Name$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 -1 }] }, section "llgo_types", align 8
@.str.8 = private unnamed_addr constant [16 x i8] c"Shadow is Namer:", align 1
@"name:1:*main.Own" = linkonce_odr constant [11 x i8] c"\01\09*main.Own", align 1
@"type:*main.Own" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [3 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -604105790, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Own", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Own" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Own", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 3, i16 3, i32 16, i32 0 }, [3 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Get" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Get$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Inc" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Inc$promoted" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.Own" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 1856997418, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Own", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Own" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Own" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr null, { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Own", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:9:Base", ptr @"type:main.Base", i64 0 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Own.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Own.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"itab:main.Wrapper,main.Namer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.Namer", ptr @"type:main.Wrapper", i32 602029621, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Wrapper.Name$promoted"] }, align 8

define { ptr, i64 } @main.Base.Name(%main.Base %b, ptr %context) {
entry:
  %b1 = alloca %main.Base, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Base zeroinitializer, ptr %b1, align 8
  store %main.Base %b, ptr %b1, align 8
  ret { ptr, i64 } { ptr @.str, i64 4 }
}

define void @"main.(*Base).Inc"(ptr %b, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %b, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Base, ptr %b, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  %3 = add i64 %2, 1
  store i64 %3, ptr %1, align 8
  ret void
}

define i64 @"main.(*Base).Get"(ptr %b, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %b, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Base, ptr %b, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  ret i64 %2
}

define { ptr, i64 } @main.Inner.Name(%main.Inner %i, ptr %context) {
entry:
  %i1 = alloca %main.Inner, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Inner zeroinitializer, ptr %i1, align 8
  store %main.Inner %i, ptr %i1, align 8
  ret { ptr, i64 } { ptr @.str.1, i64 5 }
}

define { ptr, i64 } @main.Own.Name(%main.Own %o, ptr %context) {
entry:
  %o1 = alloca %main.Own, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Own zeroinitializer, ptr %o1, align 8
  store %main.Own %o, ptr %o1, align 8
  ret { ptr, i64 } { ptr @.str.2, i64 3 }
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Wrapper, align 8
  %complit1 = alloca %main.Base, align 8
  %complit2 = alloca %main.Base, align 8
  %complit11 = alloca %main.PtrWrapper, align 8
  %complit16 = alloca %main.Wrapper, align 8
  %complit17 = alloca %main.Base, align 8
  %complit24 = alloca %main.Shadow, align 8
  %complit25 = alloca %main.Own, align 8
  %complit28 = alloca %main.Wrapper, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Wrapper zeroinitializer, ptr %complit, align 8
  %0 = getelementptr inbounds nuw %main.Wrapper, ptr %complit, i32 0, i32 0
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %0, align 8
  store %main.Base zeroinitializer, ptr %complit1, align 8
  %1 = getelementptr inbounds nuw %main.Base, ptr %complit1, i32 0, i32 0
  store i64 5, ptr %1, align 8
  %2 = load %main.Base, ptr %complit1, align 8
  %3 = getelementptr inbounds nuw %main.Wrapper, ptr %complit, i32 0, i32 1
  store %main.Base %2, ptr %3, align 8
  %4 = load %main.Wrapper, ptr %complit, align 8
  %5 = call ptr @llgo_newobject(ptr @"type:main.Wrapper")
  store %main.Wrapper %4, ptr %5, align 8
  %6 = insertvalue { ptr, ptr } { ptr @"type:main.Wrapper", ptr undef }, ptr %5, 1
  %7 = extractvalue { ptr, ptr } %6, 0
  %8 = extractvalue { ptr, ptr } %6, 1
  %9 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %7, i1 true)
  %10 = icmp ne ptr %9, null
  %11 = select i1 %10, ptr %8, ptr null
  %12 = insertvalue { ptr, ptr } undef, ptr %9, 0
  %13 = insertvalue { ptr, ptr } %12, ptr %11, 1
  %14 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %13, 0
  %15 = insertvalue { { ptr, ptr }, i1 } %14, i1 %10, 1
  %16 = extractvalue { { ptr, ptr }, i1 } %15, 0
  %17 = extractvalue { { ptr, ptr }, i1 } %15, 1
  %18 = extractvalue { ptr, ptr } %16, 0
  %19 = icmp eq ptr %18, null
  br i1 %19, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %20 = getelementptr i8, ptr %18, i64 24
  %21 = load ptr, ptr %20, align 8
  %22 = extractvalue { ptr, ptr } %16, 1
  %23 = call { ptr, i64 } %21(ptr %22, ptr null)
  call void @llgo_printlock()
  %24 = extractvalue { ptr, i64 } %23, 0
  %25 = extractvalue { ptr, i64 } %23, 1
  call void @llgo_printstring(ptr %24, i64 %25)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %17)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %26 = extractvalue { ptr, ptr } %6, 0
  %27 = extractvalue { ptr, ptr } %6, 1
  %28 = call ptr @llgo_getitab(ptr @"type:main.Counter", ptr %26, i1 true)
  %29 = icmp ne ptr %28, null
  %30 = select i1 %29, ptr %27, ptr null
  %31 = insertvalue { ptr, ptr } undef, ptr %28, 0
  %32 = insertvalue { ptr, ptr } %31, ptr %30, 1
  %33 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %32, 0
  %34 = insertvalue { { ptr, ptr }, i1 } %33, i1 %29, 1
  %35 = extractvalue { { ptr, ptr }, i1 } %34, 0
  %36 = extractvalue { { ptr, ptr }, i1 } %34, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 19)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %36)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %37 = call ptr @llgo_newobject(ptr @"type:main.Wrapper")
  %38 = getelementptr inbounds nuw %main.Wrapper, ptr %37, i32 0, i32 0
  store { ptr, i64 } { ptr @.str.5, i64 1 }, ptr %38, align 8
  store %main.Base zeroinitializer, ptr %complit2, align 8
  %39 = getelementptr inbounds nuw %main.Base, ptr %complit2, i32 0, i32 0
  store i64 1, ptr %39, align 8
  %40 = load %main.Base, ptr %complit2, align 8
  %41 = getelementptr inbounds nuw %main.Wrapper, ptr %37, i32 0, i32 1
  store %main.Base %40, ptr %41, align 8
  %42 = insertvalue { ptr, ptr } { ptr @"type:*main.Wrapper", ptr undef }, ptr %37, 1
  %43 = extractvalue { ptr, ptr } %42, 0
  %44 = extractvalue { ptr, ptr } %42, 1
  %45 = call ptr @llgo_getitab(ptr @"type:main.Counter", ptr %43, i1 false)
  %46 = insertvalue { ptr, ptr } undef, ptr %45, 0
  %47 = insertvalue { ptr, ptr } %46, ptr %44, 1
  %48 = extractvalue { ptr, ptr } %47, 0
  %49 = icmp eq ptr %48, null
  br i1 %49, label %nilcheck.fail3, label %nilcheck.next4

nilcheck.fail3:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next4:                                   ; preds = %nilcheck.next
  %50 = getelementptr i8, ptr %48, i64 32
  %51 = load ptr, ptr %50, align 8
  %52 = extractvalue { ptr, ptr } %47, 1
  call void %51(ptr %52, ptr null)
  %53 = extractvalue { ptr, ptr } %47, 0
  %54 = icmp eq ptr %53, null
  br i1 %54, label %nilcheck.fail5, label %nilcheck.next6

nilcheck.fail5:                                   ; preds = %nilcheck.next4
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next6:                                   ; preds = %nilcheck.next4
  %55 = getelementptr i8, ptr %53, i64 32
  %56 = load ptr, ptr %55, align 8
  %57 = extractvalue { ptr, ptr } %47, 1
  call void %56(ptr %57, ptr null)
  %58 = extractvalue { ptr, ptr } %47, 0
  %59 = icmp eq ptr %58, null
  br i1 %59, label %nilcheck.fail7, label %nilcheck.next8

nilcheck.fail7:                                   ; preds = %nilcheck.next6
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next8:                                   ; preds = %nilcheck.next6
  %60 = getelementptr i8, ptr %58, i64 24
  %61 = load ptr, ptr %60, align 8
  %62 = extractvalue { ptr, ptr } %47, 1
  %63 = call i64 %61(ptr %62, ptr null)
  %64 = extractvalue { ptr, ptr } %42, 0
  %65 = icmp eq ptr %64, @"type:*main.Wrapper"
  %66 = extractvalue { ptr, ptr } %42, 1
  %67 = xor i1 %65, true
  br i1 %67, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %nilcheck.next8
  call void @llgo_panicdottype(ptr %64, ptr @"type:*main.Wrapper", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %nilcheck.next8
  %68 = icmp eq ptr %66, null
  br i1 %68, label %nilcheck.fail9, label %nilcheck.next10

nilcheck.fail9:                                   ; preds = %typeassert.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next10:                                  ; preds = %typeassert.next
  %69 = getelementptr inbounds nuw %main.Wrapper, ptr %66, i32 0, i32 1
  %70 = getelementptr inbounds nuw %main.Base, ptr %69, i32 0, i32 0
  %71 = load i64, ptr %70, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %63)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %71)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %72 = call ptr @llgo_newobject(ptr @"type:main.Base")
  %73 = getelementptr inbounds nuw %main.Base, ptr %72, i32 0, i32 0
  store i64 10, ptr %73, align 8
  store %main.PtrWrapper zeroinitializer, ptr %complit11, align 8
  %74 = getelementptr inbounds nuw %main.PtrWrapper, ptr %complit11, i32 0, i32 0
  store ptr %72, ptr %74, align 8
  %75 = load %main.PtrWrapper, ptr %complit11, align 8
  %76 = call ptr @llgo_newobject(ptr @"type:main.PtrWrapper")
  store %main.PtrWrapper %75, ptr %76, align 8
  %77 = insertvalue { ptr, ptr } { ptr @"type:main.PtrWrapper", ptr undef }, ptr %76, 1
  %78 = extractvalue { ptr, ptr } %77, 0
  %79 = extractvalue { ptr, ptr } %77, 1
  %80 = call ptr @llgo_getitab(ptr @"type:main.Counter", ptr %78, i1 true)
  %81 = icmp ne ptr %80, null
  %82 = select i1 %81, ptr %79, ptr null
  %83 = insertvalue { ptr, ptr } undef, ptr %80, 0
  %84 = insertvalue { ptr, ptr } %83, ptr %82, 1
  %85 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %84, 0
  %86 = insertvalue { { ptr, ptr }, i1 } %85, i1 %81, 1
  %87 = extractvalue { { ptr, ptr }, i1 } %86, 0
  %88 = extractvalue { { ptr, ptr }, i1 } %86, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.6, i64 22)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %88)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %89 = extractvalue { ptr, ptr } %87, 0
  %90 = icmp eq ptr %89, null
  br i1 %90, label %nilcheck.fail12, label %nilcheck.next13

nilcheck.fail12:                                  ; preds = %nilcheck.next10
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next13:                                  ; preds = %nilcheck.next10
  %91 = getelementptr i8, ptr %89, i64 32
  %92 = load ptr, ptr %91, align 8
  %93 = extractvalue { ptr, ptr } %87, 1
  call void %92(ptr %93, ptr null)
  %94 = extractvalue { ptr, ptr } %77, 0
  %95 = extractvalue { ptr, ptr } %77, 1
  %96 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %94, i1 false)
  %97 = insertvalue { ptr, ptr } undef, ptr %96, 0
  %98 = insertvalue { ptr, ptr } %97, ptr %95, 1
  %99 = extractvalue { ptr, ptr } %98, 0
  %100 = icmp eq ptr %99, null
  br i1 %100, label %nilcheck.fail14, label %nilcheck.next15

nilcheck.fail14:                                  ; preds = %nilcheck.next13
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next15:                                  ; preds = %nilcheck.next13
  %101 = getelementptr i8, ptr %99, i64 24
  %102 = load ptr, ptr %101, align 8
  %103 = extractvalue { ptr, ptr } %98, 1
  %104 = call { ptr, i64 } %102(ptr %103, ptr null)
  %105 = getelementptr inbounds nuw %main.Base, ptr %72, i32 0, i32 0
  %106 = load i64, ptr %105, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %106)
  call void @llgo_printsp()
  %107 = extractvalue { ptr, i64 } %104, 0
  %108 = extractvalue { ptr, i64 } %104, 1
  call void @llgo_printstring(ptr %107, i64 %108)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %109 = call ptr @llgo_newobject(ptr @"type:main.Deep")
  %110 = getelementptr inbounds nuw %main.Deep, ptr %109, i32 0, i32 0
  store i64 1, ptr %110, align 8
  store %main.Wrapper zeroinitializer, ptr %complit16, align 8
  %111 = getelementptr inbounds nuw %main.Wrapper, ptr %complit16, i32 0, i32 0
  store { ptr, i64 } { ptr @.str.7, i64 1 }, ptr %111, align 8
  store %main.Base zeroinitializer, ptr %complit17, align 8
  %112 = getelementptr inbounds nuw %main.Base, ptr %complit17, i32 0, i32 0
  store i64 7, ptr %112, align 8
  %113 = load %main.Base, ptr %complit17, align 8
  %114 = getelementptr inbounds nuw %main.Wrapper, ptr %complit16, i32 0, i32 1
  store %main.Base %113, ptr %114, align 8
  %115 = load %main.Wrapper, ptr %complit16, align 8
  %116 = getelementptr inbounds nuw %main.Deep, ptr %109, i32 0, i32 1
  store %main.Wrapper %115, ptr %116, align 8
  %117 = insertvalue { ptr, ptr } { ptr @"type:*main.Deep", ptr undef }, ptr %109, 1
  %118 = extractvalue { ptr, ptr } %117, 0
  %119 = extractvalue { ptr, ptr } %117, 1
  %120 = call ptr @llgo_getitab(ptr @"type:main.Counter", ptr %118, i1 false)
  %121 = insertvalue { ptr, ptr } undef, ptr %120, 0
  %122 = insertvalue { ptr, ptr } %121, ptr %119, 1
  %123 = extractvalue { ptr, ptr } %122, 0
  %124 = icmp eq ptr %123, null
  br i1 %124, label %nilcheck.fail18, label %nilcheck.next19

nilcheck.fail18:                                  ; preds = %nilcheck.next15
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next19:                                  ; preds = %nilcheck.next15
  %125 = getelementptr i8, ptr %123, i64 32
  %126 = load ptr, ptr %125, align 8
  %127 = extractvalue { ptr, ptr } %122, 1
  call void %126(ptr %127, ptr null)
  %128 = extractvalue { ptr, ptr } %117, 0
  %129 = extractvalue { ptr, ptr } %117, 1
  %130 = call ptr @llgo_getitab(ptr @"type:main.Counter", ptr %128, i1 false)
  %131 = insertvalue { ptr, ptr } undef, ptr %130, 0
  %132 = insertvalue { ptr, ptr } %131, ptr %129, 1
  %133 = extractvalue { ptr, ptr } %132, 0
  %134 = icmp eq ptr %133, null
  br i1 %134, label %nilcheck.fail20, label %nilcheck.next21

nilcheck.fail20:                                  ; preds = %nilcheck.next19
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next21:                                  ; preds = %nilcheck.next19
  %135 = getelementptr i8, ptr %133, i64 24
  %136 = load ptr, ptr %135, align 8
  %137 = extractvalue { ptr, ptr } %132, 1
  %138 = call i64 %136(ptr %137, ptr null)
  %139 = extractvalue { ptr, ptr } %117, 0
  %140 = extractvalue { ptr, ptr } %117, 1
  %141 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %139, i1 false)
  %142 = insertvalue { ptr, ptr } undef, ptr %141, 0
  %143 = insertvalue { ptr, ptr } %142, ptr %140, 1
  %144 = extractvalue { ptr, ptr } %143, 0
  %145 = icmp eq ptr %144, null
  br i1 %145, label %nilcheck.fail22, label %nilcheck.next23

nilcheck.fail22:                                  ; preds = %nilcheck.next21
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next23:                                  ; preds = %nilcheck.next21
  %146 = getelementptr i8, ptr %144, i64 24
  %147 = load ptr, ptr %146, align 8
  %148 = extractvalue { ptr, ptr } %143, 1
  %149 = call { ptr, i64 } %147(ptr %148, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %138)
  call void @llgo_printsp()
  %150 = extractvalue { ptr, i64 } %149, 0
  %151 = extractvalue { ptr, i64 } %149, 1
  call void @llgo_printstring(ptr %150, i64 %151)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Shadow zeroinitializer, ptr %complit24, align 8
  %152 = load %main.Shadow, ptr %complit24, align 8
  %153 = call ptr @llgo_newobject(ptr @"type:main.Shadow")
  store %main.Shadow %152, ptr %153, align 8
  %154 = insertvalue { ptr, ptr } { ptr @"type:main.Shadow", ptr undef }, ptr %153, 1
  %155 = extractvalue { ptr, ptr } %154, 0
  %156 = extractvalue { ptr, ptr } %154, 1
  %157 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %155, i1 true)
  %158 = icmp ne ptr %157, null
  %159 = select i1 %158, ptr %156, ptr null
  %160 = insertvalue { ptr, ptr } undef, ptr %157, 0
  %161 = insertvalue { ptr, ptr } %160, ptr %159, 1
  %162 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %161, 0
  %163 = insertvalue { { ptr, ptr }, i1 } %162, i1 %158, 1
  %164 = extractvalue { { ptr, ptr }, i1 } %163, 0
  %165 = extractvalue { { ptr, ptr }, i1 } %163, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 16)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %165)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Own zeroinitializer, ptr %complit25, align 8
  %166 = load %main.Own, ptr %complit25, align 8
  %167 = call ptr @llgo_newobject(ptr @"type:main.Own")
  store %main.Own %166, ptr %167, align 8
  %168 = insertvalue { ptr, ptr } { ptr @"type:main.Own", ptr undef }, ptr %167, 1
  %169 = extractvalue { ptr, ptr } %168, 0
  %170 = extractvalue { ptr, ptr } %168, 1
  %171 = call ptr @llgo_getitab(ptr @"type:main.Namer", ptr %169, i1 false)
  %172 = insertvalue { ptr, ptr } undef, ptr %171, 0
  %173 = insertvalue { ptr, ptr } %172, ptr %170, 1
  %174 = extractvalue { ptr, ptr } %173, 0
  %175 = icmp eq ptr %174, null
  br i1 %175, label %nilcheck.fail26, label %nilcheck.next27

nilcheck.fail26:                                  ; preds = %nilcheck.next23
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next27:                                  ; preds = %nilcheck.next23
  %176 = getelementptr i8, ptr %174, i64 24
  %177 = load ptr, ptr %176, align 8
  %178 = extractvalue { ptr, ptr } %173, 1
  %179 = call { ptr, i64 } %177(ptr %178, ptr null)
  call void @llgo_printlock()
  %180 = extractvalue { ptr, i64 } %179, 0
  %181 = extractvalue { ptr, i64 } %179, 1
  call void @llgo_printstring(ptr %180, i64 %181)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Wrapper zeroinitializer, ptr %complit28, align 8
  %182 = load %main.Wrapper, ptr %complit28, align 8
  %183 = call ptr @llgo_newobject(ptr @"type:main.Wrapper")
  store %main.Wrapper %182, ptr %183, align 8
  %184 = insertvalue { ptr, ptr } { ptr @"itab:main.Wrapper,main.Namer", ptr undef }, ptr %183, 1
  %185 = extractvalue { ptr, ptr } %184, 0
  %186 = icmp eq ptr %185, null
  br i1 %186, label %nilcheck.fail29, label %nilcheck.next30

nilcheck.fail29:                                  ; preds = %nilcheck.next27
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next30:                                  ; preds = %nilcheck.next27
  %187 = getelementptr i8, ptr %185, i64 24
  %188 = load ptr, ptr %187, align 8
  %189 = extractvalue { ptr, ptr } %184, 1
  %190 = call { ptr, i64 } %188(ptr %189, ptr null)
  call void @llgo_printlock()
  %191 = extractvalue { ptr, i64 } %190, 0
  %192 = extractvalue { ptr, i64 } %190, 1
  call void @llgo_printstring(ptr %191, i64 %192)
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

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

define linkonce_odr i1 @"eq:*main.Wrapper"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Wrapper.Get$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Wrapper, ptr %0, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Wrapper.Get$promoted", ptr @"main.(*Base).Get")
  %4 = call i64 @"main.(*Base).Get"(ptr %3, ptr %1)
  ret i64 %4
}

declare void @llgo_deferforward(ptr, ptr)

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

define linkonce_odr void @"main.Wrapper.Inc$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Wrapper, ptr %0, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Wrapper.Inc$promoted", ptr @"main.(*Base).Inc")
  call void @"main.(*Base).Inc"(ptr %3, ptr %1)
  ret void
}

define linkonce_odr { ptr, i64 } @"main.Wrapper.Name$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Wrapper, ptr %0, i32 0, i32 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = load %main.Base, ptr %3, align 8
  call void @llgo_deferforward(ptr @"main.Wrapper.Name$promoted", ptr @main.Base.Name)
  %6 = call { ptr, i64 } @main.Base.Name(%main.Base %5, ptr %1)
  ret { ptr, i64 } %6
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

define linkonce_odr i1 @"eq:main.Wrapper"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Wrapper, ptr %0, align 8
  %4 = load %main.Wrapper, ptr %1, align 8
  %5 = extractvalue %main.Wrapper %3, 0
  %6 = extractvalue %main.Wrapper %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  %13 = extractvalue %main.Wrapper %3, 1
  %14 = extractvalue %main.Wrapper %4, 1
  %15 = extractvalue %main.Base %13, 0
  %16 = extractvalue %main.Base %14, 0
  %17 = icmp eq i64 %15, %16
  %18 = and i1 true, %17
  %19 = and i1 %12, %18
  ret i1 %19
}

define linkonce_odr i1 @"eq:*main.Base"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr { ptr, i64 } @"main.Base.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Base, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Base.Name$ptr", ptr @main.Base.Name)
  %4 = call { ptr, i64 } @main.Base.Name(%main.Base %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i1 @"eq:main.Base"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Base, ptr %0, align 8
  %4 = load %main.Base, ptr %1, align 8
  %5 = extractvalue %main.Base %3, 0
  %6 = extractvalue %main.Base %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

declare ptr @llgo_newobject(ptr)

declare ptr @llgo_getitab(ptr, ptr, i1)

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

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i1 @"eq:*main.Counter"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Counter"(ptr %0, ptr %1, ptr %2) {
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

declare void @llgo_printint(i64)

define linkonce_odr i1 @"eq:*main.PtrWrapper"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.PtrWrapper.Get$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.PtrWrapper, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  call void @llgo_deferforward(ptr @"main.PtrWrapper.Get$promoted", ptr @"main.(*Base).Get")
  %5 = call i64 @"main.(*Base).Get"(ptr %4, ptr %1)
  ret i64 %5
}

define linkonce_odr void @"main.PtrWrapper.Inc$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.PtrWrapper, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  call void @llgo_deferforward(ptr @"main.PtrWrapper.Inc$promoted", ptr @"main.(*Base).Inc")
  call void @"main.(*Base).Inc"(ptr %4, ptr %1)
  ret void
}

define linkonce_odr { ptr, i64 } @"main.PtrWrapper.Name$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.PtrWrapper, ptr %0, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  %5 = icmp eq ptr %4, null
  br i1 %5, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %6 = load %main.Base, ptr %4, align 8
  call void @llgo_deferforward(ptr @"main.PtrWrapper.Name$promoted", ptr @main.Base.Name)
  %7 = call { ptr, i64 } @main.Base.Name(%main.Base %6, ptr %1)
  ret { ptr, i64 } %7
}

define linkonce_odr i1 @"eq:main.PtrWrapper"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.PtrWrapper, ptr %0, align 8
  %4 = load %main.PtrWrapper, ptr %1, align 8
  %5 = extractvalue %main.PtrWrapper %3, 0
  %6 = extractvalue %main.PtrWrapper %4, 0
  %7 = icmp eq ptr %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

define linkonce_odr i1 @"eq:*main.Deep"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Deep.Get$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Deep, ptr %0, i32 0, i32 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = getelementptr inbounds nuw %main.Wrapper, ptr %3, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Deep.Get$promoted", ptr @"main.(*Base).Get")
  %6 = call i64 @"main.(*Base).Get"(ptr %5, ptr %1)
  ret i64 %6
}

define linkonce_odr void @"main.Deep.Inc$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Deep, ptr %0, i32 0, i32 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = getelementptr inbounds nuw %main.Wrapper, ptr %3, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Deep.Inc$promoted", ptr @"main.(*Base).Inc")
  call void @"main.(*Base).Inc"(ptr %5, ptr %1)
  ret void
}

define linkonce_odr { ptr, i64 } @"main.Deep.Name$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Deep, ptr %0, i32 0, i32 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = getelementptr inbounds nuw %main.Wrapper, ptr %3, i32 0, i32 1
  %6 = icmp eq ptr %5, null
  br i1 %6, label %nilcheck.fail3, label %nilcheck.next4

nilcheck.fail3:                                   ; preds = %nilcheck.next2
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next4:                                   ; preds = %nilcheck.next2
  %7 = load %main.Base, ptr %5, align 8
  call void @llgo_deferforward(ptr @"main.Deep.Name$promoted", ptr @main.Base.Name)
  %8 = call { ptr, i64 } @main.Base.Name(%main.Base %7, ptr %1)
  ret { ptr, i64 } %8
}

define linkonce_odr i1 @"eq:main.Deep"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Deep, ptr %0, align 8
  %4 = load %main.Deep, ptr %1, align 8
  %5 = extractvalue %main.Deep %3, 0
  %6 = extractvalue %main.Deep %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Deep %3, 1
  %10 = extractvalue %main.Deep %4, 1
  %11 = extractvalue %main.Wrapper %9, 0
  %12 = extractvalue %main.Wrapper %10, 0
  %13 = extractvalue { ptr, i64 } %11, 0
  %14 = extractvalue { ptr, i64 } %11, 1
  %15 = extractvalue { ptr, i64 } %12, 0
  %16 = extractvalue { ptr, i64 } %12, 1
  %17 = call i1 @llgo_eqstring(ptr %13, i64 %14, ptr %15, i64 %16)
  %18 = and i1 true, %17
  %19 = extractvalue %main.Wrapper %9, 1
  %20 = extractvalue %main.Wrapper %10, 1
  %21 = extractvalue %main.Base %19, 0
  %22 = extractvalue %main.Base %20, 0
  %23 = icmp eq i64 %21, %22
  %24 = and i1 true, %23
  %25 = and i1 %18, %24
  %26 = and i1 %8, %25
  ret i1 %26
}

define linkonce_odr i1 @"eq:*main.Shadow"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Shadow.Get$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Shadow, ptr %0, i32 0, i32 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = getelementptr inbounds nuw %main.Wrapper, ptr %3, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Shadow.Get$promoted", ptr @"main.(*Base).Get")
  %6 = call i64 @"main.(*Base).Get"(ptr %5, ptr %1)
  ret i64 %6
}

define linkonce_odr void @"main.Shadow.Inc$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Shadow, ptr %0, i32 0, i32 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = getelementptr inbounds nuw %main.Wrapper, ptr %3, i32 0, i32 1
  call void @llgo_deferforward(ptr @"main.Shadow.Inc$promoted", ptr @"main.(*Base).Inc")
  call void @"main.(*Base).Inc"(ptr %5, ptr %1)
  ret void
}

define linkonce_odr { ptr, i64 } @"main.Shadow.Name$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Shadow, ptr %0, i32 0, i32 1
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %5 = load %main.Inner, ptr %3, align 8
  call void @llgo_deferforward(ptr @"main.Shadow.Name$promoted", ptr @main.Inner.Name)
  %6 = call { ptr, i64 } @main.Inner.Name(%main.Inner %5, ptr %1)
  ret { ptr, i64 } %6
}

define linkonce_odr i1 @"eq:main.Shadow"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Shadow, ptr %0, align 8
  %4 = load %main.Shadow, ptr %1, align 8
  %5 = extractvalue %main.Shadow %3, 0
  %6 = extractvalue %main.Shadow %4, 0
  %7 = extractvalue %main.Wrapper %5, 0
  %8 = extractvalue %main.Wrapper %6, 0
  %9 = extractvalue { ptr, i64 } %7, 0
  %10 = extractvalue { ptr, i64 } %7, 1
  %11 = extractvalue { ptr, i64 } %8, 0
  %12 = extractvalue { ptr, i64 } %8, 1
  %13 = call i1 @llgo_eqstring(ptr %9, i64 %10, ptr %11, i64 %12)
  %14 = and i1 true, %13
  %15 = extractvalue %main.Wrapper %5, 1
  %16 = extractvalue %main.Wrapper %6, 1
  %17 = extractvalue %main.Base %15, 0
  %18 = extractvalue %main.Base %16, 0
  %19 = icmp eq i64 %17, %18
  %20 = and i1 true, %19
  %21 = and i1 %14, %20
  %22 = and i1 true, %21
  %23 = extractvalue %main.Shadow %3, 1
  %24 = extractvalue %main.Shadow %4, 1
  %25 = extractvalue %main.Inner %23, 0
  %26 = extractvalue %main.Inner %24, 0
  %27 = icmp eq i64 %25, %26
  %28 = and i1 true, %27
  %29 = and i1 %22, %28
  ret i1 %29
}

define linkonce_odr i1 @"eq:*main.Inner"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr { ptr, i64 } @"main.Inner.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Inner, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Inner.Name$ptr", ptr @main.Inner.Name)
  %4 = call { ptr, i64 } @main.Inner.Name(%main.Inner %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i1 @"eq:main.Inner"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Inner, ptr %0, align 8
  %4 = load %main.Inner, ptr %1, align 8
  %5 = extractvalue %main.Inner %3, 0
  %6 = extractvalue %main.Inner %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

define linkonce_odr i1 @"eq:*main.Own"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Own.Get$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Own, ptr %0, i32 0, i32 0
  call void @llgo_deferforward(ptr @"main.Own.Get$promoted", ptr @"main.(*Base).Get")
  %4 = call i64 @"main.(*Base).Get"(ptr %3, ptr %1)
  ret i64 %4
}

define linkonce_odr void @"main.Own.Inc$promoted"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = getelementptr inbounds nuw %main.Own, ptr %0, i32 0, i32 0
  call void @llgo_deferforward(ptr @"main.Own.Inc$promoted", ptr @"main.(*Base).Inc")
  call void @"main.(*Base).Inc"(ptr %3, ptr %1)
  ret void
}

define linkonce_odr { ptr, i64 } @"main.Own.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Own, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Own.Name$ptr", ptr @main.Own.Name)
  %4 = call { ptr, i64 } @main.Own.Name(%main.Own %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i1 @"eq:main.Own"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Own, ptr %0, align 8
  %4 = load %main.Own, ptr %1, align 8
  %5 = extractvalue %main.Own %3, 0
  %6 = extractvalue %main.Own %4, 0
  %7 = extractvalue %main.Base %5, 0
  %8 = extractvalue %main.Base %6, 0
  %9 = icmp eq i64 %7, %8
  %10 = and i1 true, %9
  %11 = and i1 true, %10
  ret i1 %11
}

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
