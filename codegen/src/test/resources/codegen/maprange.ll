; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"name:0:*map[int]int" = linkonce_odr constant [14 x i8] c"\00\0C*map[int]int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[int]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1259816135, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[int]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:int", ptr null }, i8 8, i8 8, i16 0, i32 4 }, section "llgo_types", align 8
@"zero:int" = private constant i64 0, align 8
@"name:0:*map[int]bool" = linkonce_odr constant [15 x i8] c"\00\0D*map[int]bool", align 1
@"name:0:*bool" = linkonce_odr constant [7 x i8] c"\00\05*bool", align 1
@"type:*bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -516152683, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*bool", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:bool" }, section "llgo_types", align 8
@"type:bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 1, i64 0, i32 -559334259, i8 15, i8 1, i8 1, i8 1, { ptr, ptr } { ptr @"eq:bool", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[int]bool" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -670138774, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[int]bool" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:bool", ptr null, { ptr, ptr } { ptr @"hash:int", ptr null }, i8 8, i8 1, i16 0, i32 4 }, section "llgo_types", align 8
@"zero:bool" = private constant i1 false, align 8
@"name:0:*map[string]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[string]int", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1123715705, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"x", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"y", align 1
@"zero:string" = private constant { ptr, i64 } zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [3 x i8] c"one", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"two", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"three", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"produced twice", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"still there", align 1

define void @main.main(ptr %context) {
entry:
  %rangemap = alloca [7 x i64], align 8
  %rangemap1 = alloca [7 x i64], align 8
  %rangemap2 = alloca [7 x i64], align 8
  %rangemap3 = alloca [7 x i64], align 8
  %mapkey = alloca i64, align 8
  %mapkey4 = alloca i64, align 8
  %mapkey5 = alloca i64, align 8
  %rangemap6 = alloca [7 x i64], align 8
  %mapkey7 = alloca i64, align 8
  %mapkey8 = alloca i64, align 8
  %mapkey9 = alloca i64, align 8
  %mapkey10 = alloca { ptr, i64 }, align 8
  %mapkey11 = alloca { ptr, i64 }, align 8
  %rangemap12 = alloca [7 x i64], align 8
  %mapkey13 = alloca { ptr, i64 }, align 8
  %mapkey14 = alloca { ptr, i64 }, align 8
  %mapkey15 = alloca { ptr, i64 }, align 8
  %mapkey16 = alloca { ptr, i64 }, align 8
  %rangemap17 = alloca [7 x i64], align 8
  %rangemap18 = alloca [7 x i64], align 8
  %mapkey19 = alloca i64, align 8
  %mapkey20 = alloca i64, align 8
  %mapkey21 = alloca i64, align 8
  %rangemap22 = alloca [7 x i64], align 8
  %mapkey23 = alloca i64, align 8
  %mapkey24 = alloca i64, align 8
  %mapkey25 = alloca i64, align 8
  %mapkey26 = alloca i64, align 8
  %mapkey27 = alloca i64, align 8
  %mapkey28 = alloca i64, align 8
  %mapkey29 = alloca i64, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[int]int", i64 0)
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %1 = phi i64 [ 0, %"0.entry" ], [ %210, %"4.for.post" ]
  %2 = icmp slt i64 %1, 1000
  br i1 %2, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap)
  br label %"5.rangeiter.loop"

"5.rangeiter.loop":                               ; preds = %"6.rangeiter.body", %"2.for.done"
  %3 = phi i64 [ 0, %"2.for.done" ], [ %206, %"6.rangeiter.body" ]
  %4 = phi i64 [ 0, %"2.for.done" ], [ %207, %"6.rangeiter.body" ]
  %5 = call i1 @llgo_mapiternext(ptr %rangemap)
  %6 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 5
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 6
  %9 = load ptr, ptr %8, align 8
  %10 = select i1 %5, ptr %7, ptr @"zero:int"
  %11 = load i64, ptr %10, align 8
  %12 = select i1 %5, ptr %9, ptr @"zero:int"
  %13 = load i64, ptr %12, align 8
  %14 = insertvalue { i1, i64, i64 } undef, i1 %5, 0
  %15 = insertvalue { i1, i64, i64 } %14, i64 %11, 1
  %16 = insertvalue { i1, i64, i64 } %15, i64 %13, 2
  %17 = extractvalue { i1, i64, i64 } %16, 0
  br i1 %17, label %"6.rangeiter.body", label %"7.rangeiter.done"

"7.rangeiter.done":                               ; preds = %"5.rangeiter.loop"
  call void @llgo_printlock()
  call void @llgo_printint(i64 %3)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %4)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %18 = call ptr @llgo_makemap(ptr @"type:map[int]bool", i64 0)
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap1)
  br label %"8.rangeiter.loop"

"8.rangeiter.loop":                               ; preds = %"14.if.done", %"7.rangeiter.done"
  %19 = call i1 @llgo_mapiternext(ptr %rangemap1)
  %20 = getelementptr inbounds nuw [7 x i64], ptr %rangemap1, i32 0, i32 5
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds nuw [7 x i64], ptr %rangemap1, i32 0, i32 6
  %23 = load ptr, ptr %22, align 8
  %24 = select i1 %19, ptr %21, ptr @"zero:int"
  %25 = load i64, ptr %24, align 8
  %26 = select i1 %19, ptr %23, ptr @"zero:int"
  %27 = load i64, ptr %26, align 8
  %28 = insertvalue { i1, i64, i64 } undef, i1 %19, 0
  %29 = insertvalue { i1, i64, i64 } %28, i64 %25, 1
  %30 = insertvalue { i1, i64, i64 } %29, i64 %27, 2
  %31 = extractvalue { i1, i64, i64 } %30, 0
  br i1 %31, label %"9.rangeiter.body", label %"10.rangeiter.done"

"10.rangeiter.done":                              ; preds = %"8.rangeiter.loop"
  call void @llgo_mapiterinit(ptr @"type:map[int]bool", ptr %18, ptr %rangemap2)
  br label %"15.rangeiter.loop"

"15.rangeiter.loop":                              ; preds = %"19.if.done", %"10.rangeiter.done"
  %32 = phi i64 [ 0, %"10.rangeiter.done" ], [ %186, %"19.if.done" ]
  %33 = call i1 @llgo_mapiternext(ptr %rangemap2)
  %34 = getelementptr inbounds nuw [7 x i64], ptr %rangemap2, i32 0, i32 5
  %35 = load ptr, ptr %34, align 8
  %36 = getelementptr inbounds nuw [7 x i64], ptr %rangemap2, i32 0, i32 6
  %37 = load ptr, ptr %36, align 8
  %38 = select i1 %33, ptr %35, ptr @"zero:int"
  %39 = load i64, ptr %38, align 8
  %40 = select i1 %33, ptr %37, ptr @"zero:bool"
  %41 = load i1, ptr %40, align 1
  %42 = insertvalue { i1, i64, i1 } undef, i1 %33, 0
  %43 = insertvalue { i1, i64, i1 } %42, i64 %39, 1
  %44 = insertvalue { i1, i64, i1 } %43, i1 %41, 2
  %45 = extractvalue { i1, i64, i1 } %44, 0
  br i1 %45, label %"16.rangeiter.body", label %"17.rangeiter.done"

"17.rangeiter.done":                              ; preds = %"15.rangeiter.loop"
  %46 = call i64 @llgo_maplen(ptr %18)
  %47 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %46)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %47)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %32)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap3)
  br label %"20.rangeiter.loop"

"20.rangeiter.loop":                              ; preds = %"25.rangeiter.done", %"17.rangeiter.done"
  %48 = phi i64 [ 0, %"17.rangeiter.done" ], [ %164, %"25.rangeiter.done" ]
  %49 = call i1 @llgo_mapiternext(ptr %rangemap3)
  %50 = getelementptr inbounds nuw [7 x i64], ptr %rangemap3, i32 0, i32 5
  %51 = load ptr, ptr %50, align 8
  %52 = getelementptr inbounds nuw [7 x i64], ptr %rangemap3, i32 0, i32 6
  %53 = load ptr, ptr %52, align 8
  %54 = select i1 %49, ptr %51, ptr @"zero:int"
  %55 = load i64, ptr %54, align 8
  %56 = select i1 %49, ptr %53, ptr @"zero:int"
  %57 = load i64, ptr %56, align 8
  %58 = insertvalue { i1, i64, i64 } undef, i1 %49, 0
  %59 = insertvalue { i1, i64, i64 } %58, i64 %55, 1
  %60 = insertvalue { i1, i64, i64 } %59, i64 %57, 2
  %61 = extractvalue { i1, i64, i64 } %60, 0
  br i1 %61, label %"21.rangeiter.body", label %"22.rangeiter.done"

"22.rangeiter.done":                              ; preds = %"20.rangeiter.loop"
  %62 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %48)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %62)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %63 = call ptr @llgo_makemap(ptr @"type:map[int]int", i64 3)
  store i64 1, ptr %mapkey, align 8
  %64 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %63, ptr %mapkey)
  store i64 1, ptr %64, align 8
  store i64 2, ptr %mapkey4, align 8
  %65 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %63, ptr %mapkey4)
  store i64 2, ptr %65, align 8
  store i64 3, ptr %mapkey5, align 8
  %66 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %63, ptr %mapkey5)
  store i64 3, ptr %66, align 8
  %67 = call ptr @llgo_makemap(ptr @"type:map[int]int", i64 0)
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %63, ptr %rangemap6)
  br label %"26.rangeiter.loop"

"26.rangeiter.loop":                              ; preds = %"27.rangeiter.body", %"22.rangeiter.done"
  %68 = call i1 @llgo_mapiternext(ptr %rangemap6)
  %69 = getelementptr inbounds nuw [7 x i64], ptr %rangemap6, i32 0, i32 5
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds nuw [7 x i64], ptr %rangemap6, i32 0, i32 6
  %72 = load ptr, ptr %71, align 8
  %73 = select i1 %68, ptr %70, ptr @"zero:int"
  %74 = load i64, ptr %73, align 8
  %75 = select i1 %68, ptr %72, ptr @"zero:int"
  %76 = load i64, ptr %75, align 8
  %77 = insertvalue { i1, i64, i64 } undef, i1 %68, 0
  %78 = insertvalue { i1, i64, i64 } %77, i64 %74, 1
  %79 = insertvalue { i1, i64, i64 } %78, i64 %76, 2
  %80 = extractvalue { i1, i64, i64 } %79, 0
  br i1 %80, label %"27.rangeiter.body", label %"28.rangeiter.done"

"28.rangeiter.done":                              ; preds = %"26.rangeiter.loop"
  %81 = call i64 @llgo_maplen(ptr %63)
  store i64 1, ptr %mapkey7, align 8
  %82 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %67, ptr %mapkey7)
  %83 = icmp ne ptr %82, null
  %84 = select i1 %83, ptr %82, ptr @"zero:int"
  %85 = load i64, ptr %84, align 8
  store i64 2, ptr %mapkey8, align 8
  %86 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %67, ptr %mapkey8)
  %87 = icmp ne ptr %86, null
  %88 = select i1 %87, ptr %86, ptr @"zero:int"
  %89 = load i64, ptr %88, align 8
  store i64 3, ptr %mapkey9, align 8
  %90 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %67, ptr %mapkey9)
  %91 = icmp ne ptr %90, null
  %92 = select i1 %91, ptr %90, ptr @"zero:int"
  %93 = load i64, ptr %92, align 8
  %94 = icmp sge i64 %81, 6
  call void @llgo_printlock()
  call void @llgo_printint(i64 %85)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %89)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %93)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %94)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %95 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 2)
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %mapkey10, align 8
  %96 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %95, ptr %mapkey10)
  store i64 1, ptr %96, align 8
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %mapkey11, align 8
  %97 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %95, ptr %mapkey11)
  store i64 2, ptr %97, align 8
  call void @llgo_mapiterinit(ptr @"type:map[string]int", ptr %95, ptr %rangemap12)
  br label %"29.rangeiter.loop"

"29.rangeiter.loop":                              ; preds = %"33.if.done", %"28.rangeiter.done"
  %98 = phi i64 [ 0, %"28.rangeiter.done" ], [ %113, %"33.if.done" ]
  %99 = call i1 @llgo_mapiternext(ptr %rangemap12)
  %100 = getelementptr inbounds nuw [7 x i64], ptr %rangemap12, i32 0, i32 5
  %101 = load ptr, ptr %100, align 8
  %102 = getelementptr inbounds nuw [7 x i64], ptr %rangemap12, i32 0, i32 6
  %103 = load ptr, ptr %102, align 8
  %104 = select i1 %99, ptr %101, ptr @"zero:string"
  %105 = load { ptr, i64 }, ptr %104, align 8
  %106 = select i1 %99, ptr %103, ptr @"zero:int"
  %107 = load i64, ptr %106, align 8
  %108 = insertvalue { i1, { ptr, i64 }, i64 } undef, i1 %99, 0
  %109 = insertvalue { i1, { ptr, i64 }, i64 } %108, { ptr, i64 } %105, 1
  %110 = insertvalue { i1, { ptr, i64 }, i64 } %109, i64 %107, 2
  %111 = extractvalue { i1, { ptr, i64 }, i64 } %110, 0
  br i1 %111, label %"30.rangeiter.body", label %"31.rangeiter.done"

"30.rangeiter.body":                              ; preds = %"29.rangeiter.loop"
  %112 = extractvalue { i1, { ptr, i64 }, i64 } %110, 1
  %113 = add i64 %98, 1
  store { ptr, i64 } %112, ptr %mapkey13, align 8
  call void @llgo_mapdelete(ptr @"type:map[string]int", ptr %95, ptr %mapkey13)
  %114 = icmp sgt i64 %113, 10
  br i1 %114, label %"32.if.then", label %"33.if.done"

"33.if.done":                                     ; preds = %"30.rangeiter.body"
  br label %"29.rangeiter.loop"

"32.if.then":                                     ; preds = %"30.rangeiter.body"
  br label %"31.rangeiter.done"

"31.rangeiter.done":                              ; preds = %"32.if.then", %"29.rangeiter.loop"
  %115 = phi i64 [ %98, %"29.rangeiter.loop" ], [ %113, %"32.if.then" ]
  %116 = call i64 @llgo_maplen(ptr %95)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %115)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %116)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %117 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 3)
  store { ptr, i64 } { ptr @.str.2, i64 3 }, ptr %mapkey14, align 8
  %118 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %117, ptr %mapkey14)
  store i64 1, ptr %118, align 8
  store { ptr, i64 } { ptr @.str.3, i64 3 }, ptr %mapkey15, align 8
  %119 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %117, ptr %mapkey15)
  store i64 2, ptr %119, align 8
  store { ptr, i64 } { ptr @.str.4, i64 5 }, ptr %mapkey16, align 8
  %120 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %117, ptr %mapkey16)
  store i64 3, ptr %120, align 8
  call void @llgo_mapiterinit(ptr @"type:map[string]int", ptr %117, ptr %rangemap17)
  br label %"34.rangeiter.loop"

"34.rangeiter.loop":                              ; preds = %"35.rangeiter.body", %"31.rangeiter.done"
  %121 = phi i64 [ 0, %"31.rangeiter.done" ], [ %153, %"35.rangeiter.body" ]
  %122 = call i1 @llgo_mapiternext(ptr %rangemap17)
  %123 = getelementptr inbounds nuw [7 x i64], ptr %rangemap17, i32 0, i32 5
  %124 = load ptr, ptr %123, align 8
  %125 = getelementptr inbounds nuw [7 x i64], ptr %rangemap17, i32 0, i32 6
  %126 = load ptr, ptr %125, align 8
  %127 = select i1 %122, ptr %124, ptr @"zero:string"
  %128 = load { ptr, i64 }, ptr %127, align 8
  %129 = select i1 %122, ptr %126, ptr @"zero:int"
  %130 = load i64, ptr %129, align 8
  %131 = insertvalue { i1, { ptr, i64 }, i64 } undef, i1 %122, 0
  %132 = insertvalue { i1, { ptr, i64 }, i64 } %131, { ptr, i64 } %128, 1
  %133 = insertvalue { i1, { ptr, i64 }, i64 } %132, i64 %130, 2
  %134 = extractvalue { i1, { ptr, i64 }, i64 } %133, 0
  br i1 %134, label %"35.rangeiter.body", label %"36.rangeiter.done"

"36.rangeiter.done":                              ; preds = %"34.rangeiter.loop"
  call void @llgo_mapiterinit(ptr @"type:map[string]int", ptr %117, ptr %rangemap18)
  br label %"37.rangeiter.loop"

"37.rangeiter.loop":                              ; preds = %"38.rangeiter.body", %"36.rangeiter.done"
  %135 = phi i64 [ 0, %"36.rangeiter.done" ], [ %150, %"38.rangeiter.body" ]
  %136 = call i1 @llgo_mapiternext(ptr %rangemap18)
  %137 = getelementptr inbounds nuw [7 x i64], ptr %rangemap18, i32 0, i32 5
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds nuw [7 x i64], ptr %rangemap18, i32 0, i32 6
  %140 = load ptr, ptr %139, align 8
  %141 = select i1 %136, ptr %138, ptr @"zero:string"
  %142 = load { ptr, i64 }, ptr %141, align 8
  %143 = select i1 %136, ptr %140, ptr @"zero:int"
  %144 = load i64, ptr %143, align 8
  %145 = insertvalue { i1, { ptr, i64 }, i64 } undef, i1 %136, 0
  %146 = insertvalue { i1, { ptr, i64 }, i64 } %145, { ptr, i64 } %142, 1
  %147 = insertvalue { i1, { ptr, i64 }, i64 } %146, i64 %144, 2
  %148 = extractvalue { i1, { ptr, i64 }, i64 } %147, 0
  br i1 %148, label %"38.rangeiter.body", label %"39.rangeiter.done"

"39.rangeiter.done":                              ; preds = %"37.rangeiter.loop"
  call void @llgo_printlock()
  call void @llgo_printint(i64 %121)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %135)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"38.rangeiter.body":                              ; preds = %"37.rangeiter.loop"
  %149 = extractvalue { i1, { ptr, i64 }, i64 } %147, 2
  %150 = add i64 %135, %149
  br label %"37.rangeiter.loop"

"35.rangeiter.body":                              ; preds = %"34.rangeiter.loop"
  %151 = extractvalue { i1, { ptr, i64 }, i64 } %133, 1
  %152 = extractvalue { ptr, i64 } %151, 1
  %153 = add i64 %121, %152
  br label %"34.rangeiter.loop"

"27.rangeiter.body":                              ; preds = %"26.rangeiter.loop"
  %154 = extractvalue { i1, i64, i64 } %79, 1
  store i64 %154, ptr %mapkey19, align 8
  %155 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %67, ptr %mapkey19)
  %156 = icmp ne ptr %155, null
  %157 = select i1 %156, ptr %155, ptr @"zero:int"
  %158 = load i64, ptr %157, align 8
  %159 = add i64 %158, 1
  store i64 %154, ptr %mapkey20, align 8
  %160 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %67, ptr %mapkey20)
  store i64 %159, ptr %160, align 8
  %161 = add i64 %154, 100
  store i64 %161, ptr %mapkey21, align 8
  %162 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %63, ptr %mapkey21)
  store i64 %154, ptr %162, align 8
  br label %"26.rangeiter.loop"

"21.rangeiter.body":                              ; preds = %"20.rangeiter.loop"
  %163 = extractvalue { i1, i64, i64 } %60, 1
  %164 = add i64 %48, 1
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap22)
  br label %"23.rangeiter.loop"

"23.rangeiter.loop":                              ; preds = %"24.rangeiter.body", %"21.rangeiter.body"
  %165 = call i1 @llgo_mapiternext(ptr %rangemap22)
  %166 = getelementptr inbounds nuw [7 x i64], ptr %rangemap22, i32 0, i32 5
  %167 = load ptr, ptr %166, align 8
  %168 = getelementptr inbounds nuw [7 x i64], ptr %rangemap22, i32 0, i32 6
  %169 = load ptr, ptr %168, align 8
  %170 = select i1 %165, ptr %167, ptr @"zero:int"
  %171 = load i64, ptr %170, align 8
  %172 = select i1 %165, ptr %169, ptr @"zero:int"
  %173 = load i64, ptr %172, align 8
  %174 = insertvalue { i1, i64, i64 } undef, i1 %165, 0
  %175 = insertvalue { i1, i64, i64 } %174, i64 %171, 1
  %176 = insertvalue { i1, i64, i64 } %175, i64 %173, 2
  %177 = extractvalue { i1, i64, i64 } %176, 0
  br i1 %177, label %"24.rangeiter.body", label %"25.rangeiter.done"

"25.rangeiter.done":                              ; preds = %"23.rangeiter.loop"
  br label %"20.rangeiter.loop"

"24.rangeiter.body":                              ; preds = %"23.rangeiter.loop"
  %178 = extractvalue { i1, i64, i64 } %176, 1
  store i64 %178, ptr %mapkey23, align 8
  call void @llgo_mapdelete(ptr @"type:map[int]int", ptr %0, ptr %mapkey23)
  br label %"23.rangeiter.loop"

"16.rangeiter.body":                              ; preds = %"15.rangeiter.loop"
  %179 = extractvalue { i1, i64, i1 } %44, 1
  %180 = xor i64 %179, 1
  store i64 %180, ptr %mapkey24, align 8
  %181 = call ptr @llgo_mapaccess(ptr @"type:map[int]bool", ptr %18, ptr %mapkey24)
  %182 = icmp ne ptr %181, null
  %183 = select i1 %182, ptr %181, ptr @"zero:bool"
  %184 = load i1, ptr %183, align 1
  br i1 %184, label %"18.if.then", label %"19.if.done"

"18.if.then":                                     ; preds = %"16.rangeiter.body"
  %185 = add i64 %32, 1
  br label %"19.if.done"

"19.if.done":                                     ; preds = %"18.if.then", %"16.rangeiter.body"
  %186 = phi i64 [ %32, %"16.rangeiter.body" ], [ %185, %"18.if.then" ]
  br label %"15.rangeiter.loop"

"9.rangeiter.body":                               ; preds = %"8.rangeiter.loop"
  %187 = extractvalue { i1, i64, i64 } %30, 1
  store i64 %187, ptr %mapkey25, align 8
  %188 = call ptr @llgo_mapaccess(ptr @"type:map[int]bool", ptr %18, ptr %mapkey25)
  %189 = icmp ne ptr %188, null
  %190 = select i1 %189, ptr %188, ptr @"zero:bool"
  %191 = load i1, ptr %190, align 1
  br i1 %191, label %"11.if.then", label %"12.if.done"

"11.if.then":                                     ; preds = %"9.rangeiter.body"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.5, i64 14)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %187)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"12.if.done"

"12.if.done":                                     ; preds = %"11.if.then", %"9.rangeiter.body"
  store i64 %187, ptr %mapkey26, align 8
  %192 = call ptr @llgo_mapassign(ptr @"type:map[int]bool", ptr %18, ptr %mapkey26)
  store i1 true, ptr %192, align 1
  %193 = xor i64 %187, 1
  store i64 %193, ptr %mapkey27, align 8
  call void @llgo_mapdelete(ptr @"type:map[int]int", ptr %0, ptr %mapkey27)
  %194 = xor i64 %187, 1
  store i64 %194, ptr %mapkey28, align 8
  %195 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %0, ptr %mapkey28)
  %196 = icmp ne ptr %195, null
  %197 = select i1 %196, ptr %195, ptr @"zero:int"
  %198 = load i64, ptr %197, align 8
  %199 = insertvalue { i64, i1 } undef, i64 %198, 0
  %200 = insertvalue { i64, i1 } %199, i1 %196, 1
  %201 = extractvalue { i64, i1 } %200, 0
  %202 = extractvalue { i64, i1 } %200, 1
  br i1 %202, label %"13.if.then", label %"14.if.done"

"13.if.then":                                     ; preds = %"12.if.done"
  %203 = xor i64 %187, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.6, i64 11)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %203)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"14.if.done"

"14.if.done":                                     ; preds = %"13.if.then", %"12.if.done"
  br label %"8.rangeiter.loop"

"6.rangeiter.body":                               ; preds = %"5.rangeiter.loop"
  %204 = extractvalue { i1, i64, i64 } %16, 1
  %205 = extractvalue { i1, i64, i64 } %16, 2
  %206 = add i64 %3, %204
  %207 = add i64 %4, %205
  br label %"5.rangeiter.loop"

"1.for.body":                                     ; preds = %"3.for.loop"
  %208 = mul i64 %1, %1
  store i64 %1, ptr %mapkey29, align 8
  %209 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %0, ptr %mapkey29)
  store i64 %208, ptr %209, align 8
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"1.for.body"
  %210 = add i64 %1, 1
  br label %"3.for.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

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

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %3
}

declare i64 @llgo_memhash(ptr, i64, i64)

declare void @llgo_mapiterinit(ptr, ptr, ptr)

declare i1 @llgo_mapiternext(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

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

declare i64 @llgo_maplen(ptr)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare void @llgo_printbool(i1)

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

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %3
}

declare i64 @llgo_strhash(ptr, i64)

declare void @llgo_mapdelete(ptr, ptr, ptr)

declare void @llgo_printstring(ptr, i64)

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
