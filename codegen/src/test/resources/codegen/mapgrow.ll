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
@"name:0:*map[string]int" = linkonce_odr constant [17 x i8] c"\00\0F*map[string]int", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:map[string]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, ptr, { ptr, ptr }, i8, i8, i16, i32 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1123715705, i8 2, i8 8, i8 8, i8 53, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*map[string]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:int", ptr null, { ptr, ptr } { ptr @"hash:string", ptr null }, i8 16, i8 8, i16 0, i32 12 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [11 x i8] c"wrong value", align 1

define void @main.main(ptr %context) {
entry:
  %rangemap = alloca [7 x i64], align 8
  %rangemap1 = alloca [7 x i64], align 8
  %rangemap2 = alloca [7 x i64], align 8
  %mapkey = alloca { ptr, i64 }, align 8
  %mapkey3 = alloca { ptr, i64 }, align 8
  %mapkey4 = alloca i64, align 8
  %mapkey5 = alloca i64, align 8
  %mapkey6 = alloca i64, align 8
  %mapkey7 = alloca i64, align 8
  %mapkey8 = alloca i64, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr @"type:map[int]int", i64 0)
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %1 = phi i64 [ 0, %"0.entry" ], [ %122, %"4.for.post" ]
  %2 = icmp slt i64 %1, 100000
  br i1 %2, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap)
  br label %"5.rangeiter.loop"

"5.rangeiter.loop":                               ; preds = %"6.rangeiter.body", %"2.for.done"
  %3 = phi i64 [ 0, %"2.for.done" ], [ %119, %"6.rangeiter.body" ]
  %4 = call i1 @llgo_mapiternext(ptr %rangemap)
  %5 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 5
  %6 = load ptr, ptr %5, align 8
  %7 = getelementptr inbounds nuw [7 x i64], ptr %rangemap, i32 0, i32 6
  %8 = load ptr, ptr %7, align 8
  %9 = select i1 %4, ptr %6, ptr @"zero:int"
  %10 = load i64, ptr %9, align 8
  %11 = select i1 %4, ptr %8, ptr @"zero:int"
  %12 = load i64, ptr %11, align 8
  %13 = insertvalue { i1, i64, i64 } undef, i1 %4, 0
  %14 = insertvalue { i1, i64, i64 } %13, i64 %10, 1
  %15 = insertvalue { i1, i64, i64 } %14, i64 %12, 2
  %16 = extractvalue { i1, i64, i64 } %15, 0
  br i1 %16, label %"6.rangeiter.body", label %"7.rangeiter.done"

"7.rangeiter.done":                               ; preds = %"5.rangeiter.loop"
  %17 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %17)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %3)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"10.for.loop"

"10.for.loop":                                    ; preds = %"11.for.post", %"7.rangeiter.done"
  %18 = phi i64 [ 0, %"7.rangeiter.done" ], [ %115, %"11.for.post" ]
  %19 = icmp slt i64 %18, 100000
  br i1 %19, label %"8.for.body", label %"9.for.done"

"9.for.done":                                     ; preds = %"10.for.loop"
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %0, ptr %rangemap1)
  br label %"12.rangeiter.loop"

"12.rangeiter.loop":                              ; preds = %"13.rangeiter.body", %"9.for.done"
  %20 = phi i64 [ 0, %"9.for.done" ], [ %113, %"13.rangeiter.body" ]
  %21 = call i1 @llgo_mapiternext(ptr %rangemap1)
  %22 = getelementptr inbounds nuw [7 x i64], ptr %rangemap1, i32 0, i32 5
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds nuw [7 x i64], ptr %rangemap1, i32 0, i32 6
  %25 = load ptr, ptr %24, align 8
  %26 = select i1 %21, ptr %23, ptr @"zero:int"
  %27 = load i64, ptr %26, align 8
  %28 = select i1 %21, ptr %25, ptr @"zero:int"
  %29 = load i64, ptr %28, align 8
  %30 = insertvalue { i1, i64, i64 } undef, i1 %21, 0
  %31 = insertvalue { i1, i64, i64 } %30, i64 %27, 1
  %32 = insertvalue { i1, i64, i64 } %31, i64 %29, 2
  %33 = extractvalue { i1, i64, i64 } %32, 0
  br i1 %33, label %"13.rangeiter.body", label %"14.rangeiter.done"

"14.rangeiter.done":                              ; preds = %"12.rangeiter.loop"
  %34 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %34)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %20)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"17.for.loop"

"17.for.loop":                                    ; preds = %"18.for.post", %"14.rangeiter.done"
  %35 = phi i64 [ 0, %"14.rangeiter.done" ], [ %111, %"18.for.post" ]
  %36 = phi i64 [ 0, %"14.rangeiter.done" ], [ %110, %"18.for.post" ]
  %37 = icmp slt i64 %35, 100000
  br i1 %37, label %"15.for.body", label %"16.for.done"

"16.for.done":                                    ; preds = %"17.for.loop"
  call void @llgo_printlock()
  call void @llgo_printint(i64 %36)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %38 = call ptr @llgo_makemap(ptr @"type:map[int]int", i64 0)
  br label %"25.for.loop"

"25.for.loop":                                    ; preds = %"26.for.post", %"16.for.done"
  %39 = phi i64 [ 0, %"16.for.done" ], [ %98, %"26.for.post" ]
  %40 = icmp slt i64 %39, 200000
  br i1 %40, label %"23.for.body", label %"24.for.done"

"24.for.done":                                    ; preds = %"25.for.loop"
  call void @llgo_mapiterinit(ptr @"type:map[int]int", ptr %38, ptr %rangemap2)
  br label %"29.rangeiter.loop"

"29.rangeiter.loop":                              ; preds = %"30.rangeiter.body", %"24.for.done"
  %41 = phi i64 [ 0, %"24.for.done" ], [ %94, %"30.rangeiter.body" ]
  %42 = call i1 @llgo_mapiternext(ptr %rangemap2)
  %43 = getelementptr inbounds nuw [7 x i64], ptr %rangemap2, i32 0, i32 5
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds nuw [7 x i64], ptr %rangemap2, i32 0, i32 6
  %46 = load ptr, ptr %45, align 8
  %47 = select i1 %42, ptr %44, ptr @"zero:int"
  %48 = load i64, ptr %47, align 8
  %49 = select i1 %42, ptr %46, ptr @"zero:int"
  %50 = load i64, ptr %49, align 8
  %51 = insertvalue { i1, i64, i64 } undef, i1 %42, 0
  %52 = insertvalue { i1, i64, i64 } %51, i64 %48, 1
  %53 = insertvalue { i1, i64, i64 } %52, i64 %50, 2
  %54 = extractvalue { i1, i64, i64 } %53, 0
  br i1 %54, label %"30.rangeiter.body", label %"31.rangeiter.done"

"31.rangeiter.done":                              ; preds = %"29.rangeiter.loop"
  %55 = call i64 @llgo_maplen(ptr %38)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %55)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %41)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %56 = call ptr @llgo_makemap(ptr @"type:map[string]int", i64 0)
  br label %"34.for.loop"

"34.for.loop":                                    ; preds = %"35.for.post", %"31.rangeiter.done"
  %57 = phi i64 [ 0, %"31.rangeiter.done" ], [ %92, %"35.for.post" ]
  %58 = phi { ptr, i64 } [ zeroinitializer, %"31.rangeiter.done" ], [ %90, %"35.for.post" ]
  %59 = icmp slt i64 %57, 1000
  br i1 %59, label %"32.for.body", label %"33.for.done"

"33.for.done":                                    ; preds = %"34.for.loop"
  br label %"38.for.loop"

"38.for.loop":                                    ; preds = %"39.for.post", %"33.for.done"
  %60 = phi i64 [ 0, %"33.for.done" ], [ %80, %"39.for.post" ]
  %61 = phi { ptr, i64 } [ zeroinitializer, %"33.for.done" ], [ %74, %"39.for.post" ]
  %62 = phi i64 [ 0, %"33.for.done" ], [ %79, %"39.for.post" ]
  %63 = icmp slt i64 %60, 1000
  br i1 %63, label %"36.for.body", label %"37.for.done"

"37.for.done":                                    ; preds = %"38.for.loop"
  %64 = call i64 @llgo_maplen(ptr %56)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %64)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %62)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void

"36.for.body":                                    ; preds = %"38.for.loop"
  %65 = srem i64 %60, 26
  %66 = add i64 97, %65
  %67 = trunc i64 %66 to i32
  %68 = sext i32 %67 to i64
  %69 = call { ptr, i64 } @llgo_intstring(i64 %68)
  %70 = extractvalue { ptr, i64 } %61, 0
  %71 = extractvalue { ptr, i64 } %61, 1
  %72 = extractvalue { ptr, i64 } %69, 0
  %73 = extractvalue { ptr, i64 } %69, 1
  %74 = call { ptr, i64 } @llgo_concatstring2(ptr %70, i64 %71, ptr %72, i64 %73)
  store { ptr, i64 } %74, ptr %mapkey, align 8
  %75 = call ptr @llgo_mapaccess(ptr @"type:map[string]int", ptr %56, ptr %mapkey)
  %76 = icmp ne ptr %75, null
  %77 = select i1 %76, ptr %75, ptr @"zero:int"
  %78 = load i64, ptr %77, align 8
  %79 = add i64 %62, %78
  br label %"39.for.post"

"39.for.post":                                    ; preds = %"36.for.body"
  %80 = add i64 %60, 1
  br label %"38.for.loop"

"32.for.body":                                    ; preds = %"34.for.loop"
  %81 = srem i64 %57, 26
  %82 = add i64 97, %81
  %83 = trunc i64 %82 to i32
  %84 = sext i32 %83 to i64
  %85 = call { ptr, i64 } @llgo_intstring(i64 %84)
  %86 = extractvalue { ptr, i64 } %58, 0
  %87 = extractvalue { ptr, i64 } %58, 1
  %88 = extractvalue { ptr, i64 } %85, 0
  %89 = extractvalue { ptr, i64 } %85, 1
  %90 = call { ptr, i64 } @llgo_concatstring2(ptr %86, i64 %87, ptr %88, i64 %89)
  store { ptr, i64 } %90, ptr %mapkey3, align 8
  %91 = call ptr @llgo_mapassign(ptr @"type:map[string]int", ptr %56, ptr %mapkey3)
  store i64 %57, ptr %91, align 8
  br label %"35.for.post"

"35.for.post":                                    ; preds = %"32.for.body"
  %92 = add i64 %57, 1
  br label %"34.for.loop"

"30.rangeiter.body":                              ; preds = %"29.rangeiter.loop"
  %93 = extractvalue { i1, i64, i64 } %53, 1
  %94 = add i64 %41, %93
  br label %"29.rangeiter.loop"

"23.for.body":                                    ; preds = %"25.for.loop"
  store i64 %39, ptr %mapkey4, align 8
  %95 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %38, ptr %mapkey4)
  store i64 %39, ptr %95, align 8
  %96 = icmp sge i64 %39, 10
  br i1 %96, label %"27.if.then", label %"28.if.done"

"27.if.then":                                     ; preds = %"23.for.body"
  %97 = sub i64 %39, 10
  store i64 %97, ptr %mapkey5, align 8
  call void @llgo_mapdelete(ptr @"type:map[int]int", ptr %38, ptr %mapkey5)
  br label %"28.if.done"

"28.if.done":                                     ; preds = %"27.if.then", %"23.for.body"
  br label %"26.for.post"

"26.for.post":                                    ; preds = %"28.if.done"
  %98 = add i64 %39, 1
  br label %"25.for.loop"

"15.for.body":                                    ; preds = %"17.for.loop"
  %99 = mul i64 %35, 7
  store i64 %99, ptr %mapkey6, align 8
  %100 = call ptr @llgo_mapaccess(ptr @"type:map[int]int", ptr %0, ptr %mapkey6)
  %101 = icmp ne ptr %100, null
  %102 = select i1 %101, ptr %100, ptr @"zero:int"
  %103 = load i64, ptr %102, align 8
  %104 = insertvalue { i64, i1 } undef, i64 %103, 0
  %105 = insertvalue { i64, i1 } %104, i1 %101, 1
  %106 = extractvalue { i64, i1 } %105, 0
  %107 = extractvalue { i64, i1 } %105, 1
  br i1 %107, label %"19.if.then", label %"20.if.done"

"19.if.then":                                     ; preds = %"15.for.body"
  %108 = add i64 %36, 1
  %109 = icmp ne i64 %106, %35
  br i1 %109, label %"21.if.then", label %"22.if.done"

"21.if.then":                                     ; preds = %"19.if.then"
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 11)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %35)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %106)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"22.if.done"

"22.if.done":                                     ; preds = %"21.if.then", %"19.if.then"
  br label %"20.if.done"

"20.if.done":                                     ; preds = %"22.if.done", %"15.for.body"
  %110 = phi i64 [ %36, %"15.for.body" ], [ %108, %"22.if.done" ]
  br label %"18.for.post"

"18.for.post":                                    ; preds = %"20.if.done"
  %111 = add i64 %35, 1
  br label %"17.for.loop"

"13.rangeiter.body":                              ; preds = %"12.rangeiter.loop"
  %112 = extractvalue { i1, i64, i64 } %32, 2
  %113 = add i64 %20, %112
  br label %"12.rangeiter.loop"

"8.for.body":                                     ; preds = %"10.for.loop"
  %114 = mul i64 %18, 7
  store i64 %114, ptr %mapkey7, align 8
  call void @llgo_mapdelete(ptr @"type:map[int]int", ptr %0, ptr %mapkey7)
  br label %"11.for.post"

"11.for.post":                                    ; preds = %"8.for.body"
  %115 = add i64 %18, 2
  br label %"10.for.loop"

"6.rangeiter.body":                               ; preds = %"5.rangeiter.loop"
  %116 = extractvalue { i1, i64, i64 } %15, 1
  %117 = extractvalue { i1, i64, i64 } %15, 2
  %118 = sub i64 %116, %117
  %119 = add i64 %3, %118
  br label %"5.rangeiter.loop"

"1.for.body":                                     ; preds = %"3.for.loop"
  %120 = mul i64 %1, 7
  store i64 %120, ptr %mapkey8, align 8
  %121 = call ptr @llgo_mapassign(ptr @"type:map[int]int", ptr %0, ptr %mapkey8)
  store i64 %1, ptr %121, align 8
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"1.for.body"
  %122 = add i64 %1, 1
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

declare i64 @llgo_maplen(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

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

declare { ptr, i64 } @llgo_intstring(i64)

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare void @llgo_mapdelete(ptr, ptr, ptr)

declare void @llgo_printstring(ptr, i64)

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
