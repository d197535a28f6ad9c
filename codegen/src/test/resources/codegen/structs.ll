; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Outer = type { { ptr, i64 }, %main.Inner, [3 x i64], ptr, { ptr, i64, i64 } }
%main.Inner = type { i8, i8, i1 }

@.str = private unnamed_addr constant [1 x i8] c"o", align 1
@"name:1:*main.Outer" = linkonce_odr constant [13 x i8] c"\01\0B*main.Outer", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:total" = linkonce_odr constant [7 x i8] c"\00\05total", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"type:*main.Outer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2107833225, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Outer", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Outer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Outer", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 0, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:total" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Outer.total$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Outer.total$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"gcbits:c1" = linkonce_odr constant [1 x i8] c"\C1"
@"name:0:name" = linkonce_odr constant [6 x i8] c"\00\04name", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:in" = linkonce_odr constant [4 x i8] c"\00\02in", align 1
@"name:1:*main.Inner" = linkonce_odr constant [13 x i8] c"\01\0B*main.Inner", align 1
@"type:*main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -250349094, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Inner", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Inner" }, section "llgo_types", align 8
@"name:0:a" = linkonce_odr constant [3 x i8] c"\00\01a", align 1
@"name:0:*int8" = linkonce_odr constant [7 x i8] c"\00\05*int8", align 1
@"type:*int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 248811722, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int8", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int8" }, section "llgo_types", align 8
@"type:int8" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 1908960610, i8 15, i8 1, i8 1, i8 3, { ptr, ptr } { ptr @"eq:int8", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int8" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:b" = linkonce_odr constant [3 x i8] c"\00\01b", align 1
@"name:0:ok" = linkonce_odr constant [4 x i8] c"\00\02ok", align 1
@"name:0:*bool" = linkonce_odr constant [7 x i8] c"\00\05*bool", align 1
@"type:*bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -516152683, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*bool", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:bool" }, section "llgo_types", align 8
@"type:bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 -559334259, i8 15, i8 1, i8 1, i8 1, { ptr, ptr } { ptr @"eq:bool", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [3 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 3, i64 0, i32 1361680018, i8 15, i8 1, i8 1, i8 25, { ptr, ptr } { ptr @"eq:main.Inner", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Inner", i64 104), i64 3, i64 3 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 88, i32 0 }, [3 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:a", ptr @"type:int8", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:b", ptr @"type:int8", i64 1 }, { ptr, ptr, i64 } { ptr @"name:0:ok", ptr @"type:bool", i64 2 }] }, section "llgo_types", align 8
@"name:0:arr" = linkonce_odr constant [5 x i8] c"\00\03arr", align 1
@"name:0:*[3]int" = linkonce_odr constant [9 x i8] c"\00\07*[3]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[3]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 0, i32 651278603, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[3]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[3]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 3 }, section "llgo_types", align 8
@"name:0:ptr" = linkonce_odr constant [5 x i8] c"\00\03ptr", align 1
@"name:0:items" = linkonce_odr constant [7 x i8] c"\00\05items", align 1
@"name:0:*[]main.Inner" = linkonce_odr constant [15 x i8] c"\00\0D*[]main.Inner", align 1
@"type:[]main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1105466866, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Inner" }, section "llgo_types", align 8
@"type:main.Outer" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [5 x { ptr, ptr, i64 }], [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 80, i64 64, i32 50089377, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } zeroinitializer, ptr @"gcbits:c1", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Outer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Outer" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Outer", i64 104), i64 5, i64 5 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 0, i32 136, i32 0 }, [5 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:name", ptr @"type:string", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:in", ptr @"type:main.Inner", i64 16 }, { ptr, ptr, i64 } { ptr @"name:0:arr", ptr @"type:[3]int", i64 24 }, { ptr, ptr, i64 } { ptr @"name:0:ptr", ptr @"type:*main.Inner", i64 48 }, { ptr, ptr, i64 } { ptr @"name:0:items", ptr @"type:[]main.Inner", i64 56 }], [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:total" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Outer.total$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Outer.total to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:*[2]main.Inner" = linkonce_odr constant [16 x i8] c"\00\0E*[2]main.Inner", align 1
@"type:[2]main.Inner" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 6, i64 0, i32 2137276304, i8 10, i8 1, i8 1, i8 17, { ptr, ptr } { ptr @"eq:[2]main.Inner", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]main.Inner" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Inner", ptr @"type:[]main.Inner", i64 2 }, section "llgo_types", align 8
@"name:0:*[4]string" = linkonce_odr constant [12 x i8] c"\00\0A*[4]string", align 1
@"gcbits:55" = linkonce_odr constant [1 x i8] c"U"
@"name:0:*[]string" = linkonce_odr constant [11 x i8] c"\00\09*[]string", align 1
@"type:[]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1809559048, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:[4]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 64, i64 56, i32 -650342472, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[4]string", ptr null }, ptr @"gcbits:55", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[4]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]string", i64 4 }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [1 x i8] c"x", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"y", align 1

define i64 @main.Outer.total(ptr %o, ptr %context) {
entry:
  %o1 = alloca %main.Outer, align 8
  %rangearray = alloca [3 x i64], align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llvm.memset.p0.i64(ptr align 8 %o1, i8 0, i64 80, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %o1, ptr align 8 %o, i64 80, i1 false)
  store [3 x i64] zeroinitializer, ptr %rangearray, align 8
  %0 = getelementptr inbounds nuw %main.Outer, ptr %o1, i32 0, i32 2
  %1 = load [3 x i64], ptr %0, align 8
  store [3 x i64] %1, ptr %rangearray, align 8
  br label %"1.rangeindex.loop"

"1.rangeindex.loop":                              ; preds = %bounds.next, %"0.entry"
  %2 = phi i64 [ -1, %"0.entry" ], [ %4, %bounds.next ]
  %3 = phi i64 [ 0, %"0.entry" ], [ %19, %bounds.next ]
  %4 = add i64 %2, 1
  %5 = icmp slt i64 %4, 3
  br i1 %5, label %"2.rangeindex.body", label %"3.rangeindex.done"

"3.rangeindex.done":                              ; preds = %"1.rangeindex.loop"
  %6 = getelementptr inbounds nuw %main.Outer, ptr %o1, i32 0, i32 1
  %7 = getelementptr inbounds nuw %main.Inner, ptr %6, i32 0, i32 0
  %8 = load i8, ptr %7, align 1
  %9 = sext i8 %8 to i64
  %10 = add i64 %3, %9
  %11 = getelementptr inbounds nuw %main.Outer, ptr %o1, i32 0, i32 1
  %12 = getelementptr inbounds nuw %main.Inner, ptr %11, i32 0, i32 1
  %13 = load i8, ptr %12, align 1
  %14 = sext i8 %13 to i64
  %15 = add i64 %10, %14
  ret i64 %15

"2.rangeindex.body":                              ; preds = %"1.rangeindex.loop"
  %16 = icmp uge i64 %4, 3
  br i1 %16, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"2.rangeindex.body"
  call void @llgo_panicindex(i64 %4, i64 3)
  unreachable

bounds.next:                                      ; preds = %"2.rangeindex.body"
  %17 = getelementptr [3 x i64], ptr %rangearray, i64 0, i64 %4
  %18 = load i64, ptr %17, align 8
  %19 = add i64 %3, %18
  br label %"1.rangeindex.loop"
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Outer, align 8
  %complit1 = alloca %main.Inner, align 8
  %complit2 = alloca [3 x i64], align 8
  %load = alloca %main.Outer, align 8
  %complit3 = alloca %main.Inner, align 8
  %append = alloca { ptr, i64, i64 }, align 8
  %load4 = alloca %main.Outer, align 8
  %complit11 = alloca [4 x { ptr, i64 }], align 8
  %complit12 = alloca %main.Inner, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llvm.memset.p0.i64(ptr align 8 %complit, i8 0, i64 80, i1 false)
  %0 = getelementptr inbounds nuw %main.Outer, ptr %complit, i32 0, i32 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %0, align 8
  store %main.Inner zeroinitializer, ptr %complit1, align 1
  %1 = getelementptr inbounds nuw %main.Inner, ptr %complit1, i32 0, i32 0
  store i8 1, ptr %1, align 1
  %2 = getelementptr inbounds nuw %main.Inner, ptr %complit1, i32 0, i32 1
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds nuw %main.Inner, ptr %complit1, i32 0, i32 2
  store i1 true, ptr %3, align 1
  %4 = load %main.Inner, ptr %complit1, align 1
  %5 = getelementptr inbounds nuw %main.Outer, ptr %complit, i32 0, i32 1
  store %main.Inner %4, ptr %5, align 1
  store [3 x i64] zeroinitializer, ptr %complit2, align 8
  %6 = getelementptr [3 x i64], ptr %complit2, i64 0, i64 0
  store i64 10, ptr %6, align 8
  %7 = getelementptr [3 x i64], ptr %complit2, i64 0, i64 1
  store i64 20, ptr %7, align 8
  %8 = getelementptr [3 x i64], ptr %complit2, i64 0, i64 2
  store i64 30, ptr %8, align 8
  %9 = load [3 x i64], ptr %complit2, align 8
  %10 = getelementptr inbounds nuw %main.Outer, ptr %complit, i32 0, i32 2
  store [3 x i64] %9, ptr %10, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load, ptr align 8 %complit, i64 80, i1 false)
  %11 = call ptr @llgo_newobject(ptr @"type:main.Outer")
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %11, ptr align 8 %load, i64 80, i1 false)
  %12 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 1
  %13 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 3
  store ptr %12, ptr %13, align 8
  %14 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 3
  %15 = load ptr, ptr %14, align 8
  %16 = icmp eq ptr %15, null
  br i1 %16, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %17 = getelementptr inbounds nuw %main.Inner, ptr %15, i32 0, i32 0
  store i8 5, ptr %17, align 1
  %18 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 4
  %19 = load { ptr, i64, i64 }, ptr %18, align 8
  %20 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 1
  %21 = load %main.Inner, ptr %20, align 1
  store %main.Inner zeroinitializer, ptr %complit3, align 1
  %22 = getelementptr inbounds nuw %main.Inner, ptr %complit3, i32 0, i32 0
  store i8 -1, ptr %22, align 1
  %23 = load %main.Inner, ptr %complit3, align 1
  %24 = call ptr @llgo_newobject(ptr @"type:[2]main.Inner")
  %25 = getelementptr [2 x %main.Inner], ptr %24, i64 0, i64 0
  store %main.Inner %21, ptr %25, align 1
  %26 = getelementptr [2 x %main.Inner], ptr %24, i64 0, i64 1
  store %main.Inner %23, ptr %26, align 1
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %nilcheck.next
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %nilcheck.next
  %27 = getelementptr %main.Inner, ptr %24, i64 0
  %28 = insertvalue { ptr, i64, i64 } undef, ptr %27, 0
  %29 = insertvalue { ptr, i64, i64 } %28, i64 2, 1
  %30 = insertvalue { ptr, i64, i64 } %29, i64 2, 2
  %31 = extractvalue { ptr, i64, i64 } %30, 1
  %32 = extractvalue { ptr, i64, i64 } %19, 0
  %33 = extractvalue { ptr, i64, i64 } %19, 1
  %34 = extractvalue { ptr, i64, i64 } %19, 2
  %35 = add i64 %33, %31
  %36 = icmp ugt i64 %35, %34
  br i1 %36, label %append.grow, label %append.done

append.grow:                                      ; preds = %slice.next
  call void @llgo_growslice(ptr %append, ptr %32, i64 %33, i64 %34, i64 %35, ptr @"type:main.Inner")
  %37 = load { ptr, i64, i64 }, ptr %append, align 8
  %38 = extractvalue { ptr, i64, i64 } %37, 0
  %39 = extractvalue { ptr, i64, i64 } %37, 2
  br label %append.done

append.done:                                      ; preds = %append.grow, %slice.next
  %40 = phi ptr [ %32, %slice.next ], [ %38, %append.grow ]
  %41 = phi i64 [ %34, %slice.next ], [ %39, %append.grow ]
  %42 = getelementptr %main.Inner, ptr %40, i64 %33
  %43 = extractvalue { ptr, i64, i64 } %30, 0
  %44 = call i64 @llgo_slicecopy(ptr %42, i64 %31, ptr %43, i64 %31, i64 3)
  %45 = insertvalue { ptr, i64, i64 } undef, ptr %40, 0
  %46 = insertvalue { ptr, i64, i64 } %45, i64 %35, 1
  %47 = insertvalue { ptr, i64, i64 } %46, i64 %41, 2
  %48 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 4
  store { ptr, i64, i64 } %47, ptr %48, align 8
  %49 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 2
  %50 = getelementptr [3 x i64], ptr %49, i64 0, i64 1
  %51 = load i64, ptr %50, align 8
  %52 = add i64 %51, 1
  store i64 %52, ptr %50, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %load4, ptr align 8 %11, i64 80, i1 false)
  %53 = call i64 @main.Outer.total(ptr %load4, ptr null)
  %54 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 4
  %55 = load { ptr, i64, i64 }, ptr %54, align 8
  %56 = extractvalue { ptr, i64, i64 } %55, 1
  %57 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 0
  %58 = load { ptr, i64 }, ptr %57, align 8
  %59 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 1
  %60 = getelementptr inbounds nuw %main.Inner, ptr %59, i32 0, i32 0
  %61 = load i8, ptr %60, align 1
  %62 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 1
  %63 = getelementptr inbounds nuw %main.Inner, ptr %62, i32 0, i32 2
  %64 = load i1, ptr %63, align 1
  %65 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 4
  %66 = load { ptr, i64, i64 }, ptr %65, align 8
  %67 = extractvalue { ptr, i64, i64 } %66, 1
  %68 = icmp uge i64 1, %67
  br i1 %68, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %append.done
  call void @llgo_panicindex(i64 1, i64 %67)
  unreachable

bounds.next:                                      ; preds = %append.done
  %69 = extractvalue { ptr, i64, i64 } %66, 0
  %70 = getelementptr %main.Inner, ptr %69, i64 1
  %71 = getelementptr inbounds nuw %main.Inner, ptr %70, i32 0, i32 0
  %72 = load i8, ptr %71, align 1
  %73 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 2
  %74 = getelementptr [3 x i64], ptr %73, i64 0, i64 1
  %75 = load i64, ptr %74, align 8
  call void @llgo_printlock()
  %76 = extractvalue { ptr, i64 } %58, 0
  %77 = extractvalue { ptr, i64 } %58, 1
  call void @llgo_printstring(ptr %76, i64 %77)
  call void @llgo_printsp()
  %78 = sext i8 %61 to i64
  call void @llgo_printint(i64 %78)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %64)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %53)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %56)
  call void @llgo_printsp()
  %79 = sext i8 %72 to i64
  call void @llgo_printint(i64 %79)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %75)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %80 = call ptr @llgo_newobject(ptr @"type:[4]string")
  %81 = getelementptr [4 x { ptr, i64 }], ptr %80, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %81, align 8
  %82 = getelementptr [4 x { ptr, i64 }], ptr %80, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %82, align 8
  br i1 false, label %slice.fail5, label %slice.next6

slice.fail5:                                      ; preds = %bounds.next
  call void @llgo_panicslicelen(i64 1, i64 4, i64 4)
  unreachable

slice.next6:                                      ; preds = %bounds.next
  %83 = getelementptr { ptr, i64 }, ptr %80, i64 1
  %84 = insertvalue { ptr, i64, i64 } undef, ptr %83, 0
  %85 = insertvalue { ptr, i64, i64 } %84, i64 3, 1
  %86 = insertvalue { ptr, i64, i64 } %85, i64 3, 2
  %87 = extractvalue { ptr, i64, i64 } %86, 1
  %88 = extractvalue { ptr, i64, i64 } %86, 1
  %89 = icmp uge i64 1, %88
  br i1 %89, label %bounds.fail7, label %bounds.next8

bounds.fail7:                                     ; preds = %slice.next6
  call void @llgo_panicindex(i64 1, i64 %88)
  unreachable

bounds.next8:                                     ; preds = %slice.next6
  %90 = extractvalue { ptr, i64, i64 } %86, 0
  %91 = getelementptr { ptr, i64 }, ptr %90, i64 1
  %92 = load { ptr, i64 }, ptr %91, align 8
  %93 = extractvalue { ptr, i64, i64 } %86, 1
  %94 = icmp uge i64 2, %93
  br i1 %94, label %bounds.fail9, label %bounds.next10

bounds.fail9:                                     ; preds = %bounds.next8
  call void @llgo_panicindex(i64 2, i64 %93)
  unreachable

bounds.next10:                                    ; preds = %bounds.next8
  %95 = extractvalue { ptr, i64, i64 } %86, 0
  %96 = getelementptr { ptr, i64 }, ptr %95, i64 2
  %97 = load { ptr, i64 }, ptr %96, align 8
  %98 = load [4 x { ptr, i64 }], ptr %80, align 8
  store [4 x { ptr, i64 }] zeroinitializer, ptr %complit11, align 8
  %99 = getelementptr [4 x { ptr, i64 }], ptr %complit11, i64 0, i64 0
  store { ptr, i64 } zeroinitializer, ptr %99, align 8
  %100 = getelementptr [4 x { ptr, i64 }], ptr %complit11, i64 0, i64 1
  store { ptr, i64 } zeroinitializer, ptr %100, align 8
  %101 = getelementptr [4 x { ptr, i64 }], ptr %complit11, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %101, align 8
  %102 = getelementptr [4 x { ptr, i64 }], ptr %complit11, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %102, align 8
  %103 = load [4 x { ptr, i64 }], ptr %complit11, align 8
  %104 = extractvalue [4 x { ptr, i64 }] %98, 0
  %105 = extractvalue [4 x { ptr, i64 }] %103, 0
  %106 = extractvalue { ptr, i64 } %104, 0
  %107 = extractvalue { ptr, i64 } %104, 1
  %108 = extractvalue { ptr, i64 } %105, 0
  %109 = extractvalue { ptr, i64 } %105, 1
  %110 = call i1 @llgo_eqstring(ptr %106, i64 %107, ptr %108, i64 %109)
  %111 = and i1 true, %110
  %112 = extractvalue [4 x { ptr, i64 }] %98, 1
  %113 = extractvalue [4 x { ptr, i64 }] %103, 1
  %114 = extractvalue { ptr, i64 } %112, 0
  %115 = extractvalue { ptr, i64 } %112, 1
  %116 = extractvalue { ptr, i64 } %113, 0
  %117 = extractvalue { ptr, i64 } %113, 1
  %118 = call i1 @llgo_eqstring(ptr %114, i64 %115, ptr %116, i64 %117)
  %119 = and i1 %111, %118
  %120 = extractvalue [4 x { ptr, i64 }] %98, 2
  %121 = extractvalue [4 x { ptr, i64 }] %103, 2
  %122 = extractvalue { ptr, i64 } %120, 0
  %123 = extractvalue { ptr, i64 } %120, 1
  %124 = extractvalue { ptr, i64 } %121, 0
  %125 = extractvalue { ptr, i64 } %121, 1
  %126 = call i1 @llgo_eqstring(ptr %122, i64 %123, ptr %124, i64 %125)
  %127 = and i1 %119, %126
  %128 = extractvalue [4 x { ptr, i64 }] %98, 3
  %129 = extractvalue [4 x { ptr, i64 }] %103, 3
  %130 = extractvalue { ptr, i64 } %128, 0
  %131 = extractvalue { ptr, i64 } %128, 1
  %132 = extractvalue { ptr, i64 } %129, 0
  %133 = extractvalue { ptr, i64 } %129, 1
  %134 = call i1 @llgo_eqstring(ptr %130, i64 %131, ptr %132, i64 %133)
  %135 = and i1 %127, %134
  %136 = getelementptr inbounds nuw %main.Outer, ptr %11, i32 0, i32 1
  %137 = load %main.Inner, ptr %136, align 1
  store %main.Inner zeroinitializer, ptr %complit12, align 1
  %138 = getelementptr inbounds nuw %main.Inner, ptr %complit12, i32 0, i32 0
  store i8 5, ptr %138, align 1
  %139 = getelementptr inbounds nuw %main.Inner, ptr %complit12, i32 0, i32 1
  store i8 2, ptr %139, align 1
  %140 = getelementptr inbounds nuw %main.Inner, ptr %complit12, i32 0, i32 2
  store i1 true, ptr %140, align 1
  %141 = load %main.Inner, ptr %complit12, align 1
  %142 = extractvalue %main.Inner %137, 0
  %143 = extractvalue %main.Inner %141, 0
  %144 = icmp eq i8 %142, %143
  %145 = and i1 true, %144
  %146 = extractvalue %main.Inner %137, 1
  %147 = extractvalue %main.Inner %141, 1
  %148 = icmp eq i8 %146, %147
  %149 = and i1 %145, %148
  %150 = extractvalue %main.Inner %137, 2
  %151 = extractvalue %main.Inner %141, 2
  %152 = icmp eq i1 %150, %151
  %153 = and i1 %149, %152
  call void @llgo_printlock()
  call void @llgo_printint(i64 %87)
  call void @llgo_printsp()
  %154 = extractvalue { ptr, i64 } %92, 0
  %155 = extractvalue { ptr, i64 } %92, 1
  call void @llgo_printstring(ptr %154, i64 %155)
  call void @llgo_printsp()
  %156 = extractvalue { ptr, i64 } %97, 0
  %157 = extractvalue { ptr, i64 } %97, 1
  call void @llgo_printstring(ptr %156, i64 %157)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %135)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %153)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printfloat(double 0x3FD5555555555555)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printsp()
  call void @llgo_printfloat(double -1.000000e+00)
  call void @llgo_printsp()
  call void @llgo_printfloat(double 0x3FD5555560000000)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printcomplex(double -8.000000e+00, double 6.000000e+00)
  call void @llgo_printsp()
  call void @llgo_printfloat(double 1.000000e+00)
  call void @llgo_printsp()
  call void @llgo_printfloat(double 3.000000e+00)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
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

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #2

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:*main.Outer"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i64 @"main.Outer.total$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %recv = alloca %main.Outer, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %recv, ptr align 8 %0, i64 80, i1 false)
  call void @llgo_deferforward(ptr @"main.Outer.total$ptr", ptr @main.Outer.total)
  %3 = call i64 @main.Outer.total(ptr %recv, ptr %1)
  ret i64 %3
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #2

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

define linkonce_odr i1 @"eq:*main.Inner"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Inner"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Inner, ptr %0, align 1
  %4 = load %main.Inner, ptr %1, align 1
  %5 = extractvalue %main.Inner %3, 0
  %6 = extractvalue %main.Inner %4, 0
  %7 = icmp eq i8 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Inner %3, 1
  %10 = extractvalue %main.Inner %4, 1
  %11 = icmp eq i8 %9, %10
  %12 = and i1 %8, %11
  %13 = extractvalue %main.Inner %3, 2
  %14 = extractvalue %main.Inner %4, 2
  %15 = icmp eq i1 %13, %14
  %16 = and i1 %12, %15
  ret i1 %16
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

define linkonce_odr i1 @"eq:[2]main.Inner"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x %main.Inner], ptr %0, align 1
  %4 = load [2 x %main.Inner], ptr %1, align 1
  %5 = extractvalue [2 x %main.Inner] %3, 0
  %6 = extractvalue [2 x %main.Inner] %4, 0
  %7 = extractvalue %main.Inner %5, 0
  %8 = extractvalue %main.Inner %6, 0
  %9 = icmp eq i8 %7, %8
  %10 = and i1 true, %9
  %11 = extractvalue %main.Inner %5, 1
  %12 = extractvalue %main.Inner %6, 1
  %13 = icmp eq i8 %11, %12
  %14 = and i1 %10, %13
  %15 = extractvalue %main.Inner %5, 2
  %16 = extractvalue %main.Inner %6, 2
  %17 = icmp eq i1 %15, %16
  %18 = and i1 %14, %17
  %19 = and i1 true, %18
  %20 = extractvalue [2 x %main.Inner] %3, 1
  %21 = extractvalue [2 x %main.Inner] %4, 1
  %22 = extractvalue %main.Inner %20, 0
  %23 = extractvalue %main.Inner %21, 0
  %24 = icmp eq i8 %22, %23
  %25 = and i1 true, %24
  %26 = extractvalue %main.Inner %20, 1
  %27 = extractvalue %main.Inner %21, 1
  %28 = icmp eq i8 %26, %27
  %29 = and i1 %25, %28
  %30 = extractvalue %main.Inner %20, 2
  %31 = extractvalue %main.Inner %21, 2
  %32 = icmp eq i1 %30, %31
  %33 = and i1 %29, %32
  %34 = and i1 %19, %33
  ret i1 %34
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #2

declare void @llgo_growslice(ptr, ptr, i64, i64, i64, ptr)

declare i64 @llgo_slicecopy(ptr, i64, ptr, i64, i64)

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printint(i64)

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i1 @"eq:[4]string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [4 x { ptr, i64 }], ptr %0, align 8
  %4 = load [4 x { ptr, i64 }], ptr %1, align 8
  %5 = extractvalue [4 x { ptr, i64 }] %3, 0
  %6 = extractvalue [4 x { ptr, i64 }] %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  %13 = extractvalue [4 x { ptr, i64 }] %3, 1
  %14 = extractvalue [4 x { ptr, i64 }] %4, 1
  %15 = extractvalue { ptr, i64 } %13, 0
  %16 = extractvalue { ptr, i64 } %13, 1
  %17 = extractvalue { ptr, i64 } %14, 0
  %18 = extractvalue { ptr, i64 } %14, 1
  %19 = call i1 @llgo_eqstring(ptr %15, i64 %16, ptr %17, i64 %18)
  %20 = and i1 %12, %19
  %21 = extractvalue [4 x { ptr, i64 }] %3, 2
  %22 = extractvalue [4 x { ptr, i64 }] %4, 2
  %23 = extractvalue { ptr, i64 } %21, 0
  %24 = extractvalue { ptr, i64 } %21, 1
  %25 = extractvalue { ptr, i64 } %22, 0
  %26 = extractvalue { ptr, i64 } %22, 1
  %27 = call i1 @llgo_eqstring(ptr %23, i64 %24, ptr %25, i64 %26)
  %28 = and i1 %20, %27
  %29 = extractvalue [4 x { ptr, i64 }] %3, 3
  %30 = extractvalue [4 x { ptr, i64 }] %4, 3
  %31 = extractvalue { ptr, i64 } %29, 0
  %32 = extractvalue { ptr, i64 } %29, 1
  %33 = extractvalue { ptr, i64 } %30, 0
  %34 = extractvalue { ptr, i64 } %30, 1
  %35 = call i1 @llgo_eqstring(ptr %31, i64 %32, ptr %33, i64 %34)
  %36 = and i1 %28, %35
  ret i1 %36
}

declare void @llgo_printfloat(double)

declare void @llgo_printcomplex(double, double)

attributes #0 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
