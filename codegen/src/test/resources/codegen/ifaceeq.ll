; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.P = type { i64, { ptr, i64 } }

@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"1", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"a", align 1
@"name:1:*main.P" = linkonce_odr constant [9 x i8] c"\01\07*main.P", align 1
@"type:*main.P" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1274422770, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.P", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.P" }, section "llgo_types", align 8
@"gcbits:02" = linkonce_odr constant [1 x i8] c"\02"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:x" = linkonce_odr constant [3 x i8] c"\00\01x", align 1
@"name:0:s" = linkonce_odr constant [3 x i8] c"\00\01s", align 1
@"type:main.P" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 16, i32 -2012304554, i8 7, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.P", ptr null }, ptr @"gcbits:02", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.P" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.P", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:x", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:s", ptr @"type:string", i64 8 }] }, section "llgo_types", align 8
@"itab:main.V,main.E" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @"type:main.E", ptr @"type:main.V", i32 -1978749316, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.V.M$ptr"] }, align 8
@"name:1:*main.E" = linkonce_odr constant [9 x i8] c"\01\07*main.E", align 1
@"type:*main.E" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1458976579, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.E", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.E" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.E" }, section "llgo_types", align 8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:1:M" = linkonce_odr constant [3 x i8] c"\01\01M", align 1
@"name:0:*func()" = linkonce_odr constant [9 x i8] c"\00\07*func()", align 1
@"type:func()" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [0 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1386840404, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 0, i32 0, [0 x ptr] zeroinitializer }, section "llgo_types", align 8
@"type:main.E" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 2098108933, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.E", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.E" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.E" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.E", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 24, i32 0 }, [1 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.V" = linkonce_odr constant [9 x i8] c"\01\07*main.V", align 1
@"type:*main.V" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1240867532, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.V", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.V" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.V", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.V.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.V.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"type:main.V" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1978749316, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:main.V", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.V" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.V" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 1, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:M" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func()" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.V.M$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.V.M to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:*[1]int" = linkonce_odr constant [9 x i8] c"\00\07*[1]int", align 1
@"name:0:*[]int" = linkonce_odr constant [8 x i8] c"\00\06*[]int", align 1
@"type:[]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 34199950, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:[1]int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1725417395, i8 10, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int", ptr @"type:[]int", i64 1 }, section "llgo_types", align 8

define void @main.V.M(i64 %arg0, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.P, align 8
  %complit1 = alloca %main.P, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %0, align 8
  %1 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %0, 1
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %2, 1
  %4 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %4, 1
  store %main.P zeroinitializer, ptr %complit, align 8
  %6 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 0
  store i64 1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %7, align 8
  %8 = load %main.P, ptr %complit, align 8
  %9 = call ptr @llgo_newobject(ptr @"type:main.P")
  store %main.P %8, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"type:main.P", ptr undef }, ptr %9, 1
  store %main.P zeroinitializer, ptr %complit1, align 8
  %11 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 0
  store i64 1, ptr %11, align 8
  %12 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %12, align 8
  %13 = load %main.P, ptr %complit1, align 8
  %14 = call ptr @llgo_newobject(ptr @"type:main.P")
  store %main.P %13, ptr %14, align 8
  %15 = insertvalue { ptr, ptr } { ptr @"type:main.P", ptr undef }, ptr %14, 1
  %16 = call ptr @llgo_newobject(ptr @"type:main.P")
  %17 = insertvalue { ptr, ptr } { ptr @"type:*main.P", ptr undef }, ptr %16, 1
  %18 = insertvalue { ptr, ptr } { ptr @"type:*main.P", ptr undef }, ptr %16, 1
  %19 = extractvalue { ptr, ptr } %1, 0
  %20 = extractvalue { ptr, ptr } %3, 0
  %21 = extractvalue { ptr, ptr } %1, 1
  %22 = extractvalue { ptr, ptr } %3, 1
  %23 = icmp eq ptr %19, %20
  %24 = icmp eq ptr %19, null
  %25 = xor i1 %24, true
  %26 = and i1 %23, %25
  br i1 %26, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %27 = getelementptr i8, ptr %19, i64 24
  %28 = load ptr, ptr %27, align 8
  %29 = icmp eq ptr %28, null
  br i1 %29, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %19)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %30 = getelementptr i8, ptr %19, i64 23
  %31 = load i8, ptr %30, align 1
  %32 = and i8 %31, 32
  %33 = icmp ne i8 %32, 0
  %34 = icmp eq ptr %21, %22
  br i1 %33, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %35 = getelementptr i8, ptr %19, i64 32
  %36 = load ptr, ptr %35, align 8
  %37 = call i1 %28(ptr %21, ptr %22, ptr %36)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %38 = phi i1 [ %23, %"0.entry" ], [ %34, %uncomparable.next ], [ %37, %ifaceeq.boxed ]
  %39 = extractvalue { ptr, ptr } %1, 0
  %40 = extractvalue { ptr, ptr } %5, 0
  %41 = extractvalue { ptr, ptr } %1, 1
  %42 = extractvalue { ptr, ptr } %5, 1
  %43 = icmp eq ptr %39, %40
  %44 = icmp eq ptr %39, null
  %45 = xor i1 %44, true
  %46 = and i1 %43, %45
  br i1 %46, label %ifaceeq.values2, label %ifaceeq.done4

ifaceeq.values2:                                  ; preds = %ifaceeq.done
  %47 = getelementptr i8, ptr %39, i64 24
  %48 = load ptr, ptr %47, align 8
  %49 = icmp eq ptr %48, null
  br i1 %49, label %uncomparable.fail5, label %uncomparable.next6

uncomparable.fail5:                               ; preds = %ifaceeq.values2
  call void @llgo_panicuncomparable(ptr %39)
  unreachable

uncomparable.next6:                               ; preds = %ifaceeq.values2
  %50 = getelementptr i8, ptr %39, i64 23
  %51 = load i8, ptr %50, align 1
  %52 = and i8 %51, 32
  %53 = icmp ne i8 %52, 0
  %54 = icmp eq ptr %41, %42
  br i1 %53, label %ifaceeq.done4, label %ifaceeq.boxed3

ifaceeq.boxed3:                                   ; preds = %uncomparable.next6
  %55 = getelementptr i8, ptr %39, i64 32
  %56 = load ptr, ptr %55, align 8
  %57 = call i1 %48(ptr %41, ptr %42, ptr %56)
  br label %ifaceeq.done4

ifaceeq.done4:                                    ; preds = %ifaceeq.boxed3, %uncomparable.next6, %ifaceeq.done
  %58 = phi i1 [ %43, %ifaceeq.done ], [ %54, %uncomparable.next6 ], [ %57, %ifaceeq.boxed3 ]
  %59 = extractvalue { ptr, ptr } %10, 0
  %60 = extractvalue { ptr, ptr } %15, 0
  %61 = extractvalue { ptr, ptr } %10, 1
  %62 = extractvalue { ptr, ptr } %15, 1
  %63 = icmp eq ptr %59, %60
  %64 = icmp eq ptr %59, null
  %65 = xor i1 %64, true
  %66 = and i1 %63, %65
  br i1 %66, label %ifaceeq.values7, label %ifaceeq.done9

ifaceeq.values7:                                  ; preds = %ifaceeq.done4
  %67 = getelementptr i8, ptr %59, i64 24
  %68 = load ptr, ptr %67, align 8
  %69 = icmp eq ptr %68, null
  br i1 %69, label %uncomparable.fail10, label %uncomparable.next11

uncomparable.fail10:                              ; preds = %ifaceeq.values7
  call void @llgo_panicuncomparable(ptr %59)
  unreachable

uncomparable.next11:                              ; preds = %ifaceeq.values7
  %70 = getelementptr i8, ptr %59, i64 23
  %71 = load i8, ptr %70, align 1
  %72 = and i8 %71, 32
  %73 = icmp ne i8 %72, 0
  %74 = icmp eq ptr %61, %62
  br i1 %73, label %ifaceeq.done9, label %ifaceeq.boxed8

ifaceeq.boxed8:                                   ; preds = %uncomparable.next11
  %75 = getelementptr i8, ptr %59, i64 32
  %76 = load ptr, ptr %75, align 8
  %77 = call i1 %68(ptr %61, ptr %62, ptr %76)
  br label %ifaceeq.done9

ifaceeq.done9:                                    ; preds = %ifaceeq.boxed8, %uncomparable.next11, %ifaceeq.done4
  %78 = phi i1 [ %63, %ifaceeq.done4 ], [ %74, %uncomparable.next11 ], [ %77, %ifaceeq.boxed8 ]
  %79 = extractvalue { ptr, ptr } %1, 0
  %80 = icmp eq ptr %79, null
  %81 = extractvalue { ptr, ptr } %17, 0
  %82 = extractvalue { ptr, ptr } %18, 0
  %83 = extractvalue { ptr, ptr } %17, 1
  %84 = extractvalue { ptr, ptr } %18, 1
  %85 = icmp eq ptr %81, %82
  %86 = icmp eq ptr %81, null
  %87 = xor i1 %86, true
  %88 = and i1 %85, %87
  br i1 %88, label %ifaceeq.values12, label %ifaceeq.done14

ifaceeq.values12:                                 ; preds = %ifaceeq.done9
  %89 = getelementptr i8, ptr %81, i64 24
  %90 = load ptr, ptr %89, align 8
  %91 = icmp eq ptr %90, null
  br i1 %91, label %uncomparable.fail15, label %uncomparable.next16

uncomparable.fail15:                              ; preds = %ifaceeq.values12
  call void @llgo_panicuncomparable(ptr %81)
  unreachable

uncomparable.next16:                              ; preds = %ifaceeq.values12
  %92 = getelementptr i8, ptr %81, i64 23
  %93 = load i8, ptr %92, align 1
  %94 = and i8 %93, 32
  %95 = icmp ne i8 %94, 0
  %96 = icmp eq ptr %83, %84
  br i1 %95, label %ifaceeq.done14, label %ifaceeq.boxed13

ifaceeq.boxed13:                                  ; preds = %uncomparable.next16
  %97 = getelementptr i8, ptr %81, i64 32
  %98 = load ptr, ptr %97, align 8
  %99 = call i1 %90(ptr %83, ptr %84, ptr %98)
  br label %ifaceeq.done14

ifaceeq.done14:                                   ; preds = %ifaceeq.boxed13, %uncomparable.next16, %ifaceeq.done9
  %100 = phi i1 [ %85, %ifaceeq.done9 ], [ %96, %uncomparable.next16 ], [ %99, %ifaceeq.boxed13 ]
  %101 = extractvalue { ptr, ptr } %10, 0
  %102 = extractvalue { ptr, ptr } %15, 0
  %103 = extractvalue { ptr, ptr } %10, 1
  %104 = extractvalue { ptr, ptr } %15, 1
  %105 = icmp eq ptr %101, %102
  %106 = icmp eq ptr %101, null
  %107 = xor i1 %106, true
  %108 = and i1 %105, %107
  br i1 %108, label %ifaceeq.values17, label %ifaceeq.done19

ifaceeq.values17:                                 ; preds = %ifaceeq.done14
  %109 = getelementptr i8, ptr %101, i64 24
  %110 = load ptr, ptr %109, align 8
  %111 = icmp eq ptr %110, null
  br i1 %111, label %uncomparable.fail20, label %uncomparable.next21

uncomparable.fail20:                              ; preds = %ifaceeq.values17
  call void @llgo_panicuncomparable(ptr %101)
  unreachable

uncomparable.next21:                              ; preds = %ifaceeq.values17
  %112 = getelementptr i8, ptr %101, i64 23
  %113 = load i8, ptr %112, align 1
  %114 = and i8 %113, 32
  %115 = icmp ne i8 %114, 0
  %116 = icmp eq ptr %103, %104
  br i1 %115, label %ifaceeq.done19, label %ifaceeq.boxed18

ifaceeq.boxed18:                                  ; preds = %uncomparable.next21
  %117 = getelementptr i8, ptr %101, i64 32
  %118 = load ptr, ptr %117, align 8
  %119 = call i1 %110(ptr %103, ptr %104, ptr %118)
  br label %ifaceeq.done19

ifaceeq.done19:                                   ; preds = %ifaceeq.boxed18, %uncomparable.next21, %ifaceeq.done14
  %120 = phi i1 [ %105, %ifaceeq.done14 ], [ %116, %uncomparable.next21 ], [ %119, %ifaceeq.boxed18 ]
  %121 = xor i1 %120, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %38)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %58)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %78)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %80)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %100)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %121)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %122 = call ptr @llgo_newobject(ptr @"type:main.V")
  store i64 1, ptr %122, align 8
  %123 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %122, 1
  %124 = call ptr @llgo_newobject(ptr @"type:main.V")
  store i64 1, ptr %124, align 8
  %125 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %124, 1
  %126 = call ptr @llgo_newobject(ptr @"type:main.V")
  store i64 2, ptr %126, align 8
  %127 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %126, 1
  %128 = extractvalue { ptr, ptr } %123, 0
  %129 = extractvalue { ptr, ptr } %125, 0
  %130 = extractvalue { ptr, ptr } %123, 1
  %131 = extractvalue { ptr, ptr } %125, 1
  %132 = extractvalue { ptr, ptr } %123, 0
  %133 = icmp eq ptr %132, null
  br i1 %133, label %itab.done, label %itab.type

itab.type:                                        ; preds = %ifaceeq.done19
  %134 = getelementptr i8, ptr %132, i64 8
  %135 = load ptr, ptr %134, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %ifaceeq.done19
  %136 = phi ptr [ null, %ifaceeq.done19 ], [ %135, %itab.type ]
  %137 = extractvalue { ptr, ptr } %125, 0
  %138 = icmp eq ptr %137, null
  br i1 %138, label %itab.done23, label %itab.type22

itab.type22:                                      ; preds = %itab.done
  %139 = getelementptr i8, ptr %137, i64 8
  %140 = load ptr, ptr %139, align 8
  br label %itab.done23

itab.done23:                                      ; preds = %itab.type22, %itab.done
  %141 = phi ptr [ null, %itab.done ], [ %140, %itab.type22 ]
  %142 = icmp eq ptr %136, %141
  %143 = icmp eq ptr %136, null
  %144 = xor i1 %143, true
  %145 = and i1 %142, %144
  br i1 %145, label %ifaceeq.values24, label %ifaceeq.done26

ifaceeq.values24:                                 ; preds = %itab.done23
  %146 = getelementptr i8, ptr %136, i64 24
  %147 = load ptr, ptr %146, align 8
  %148 = icmp eq ptr %147, null
  br i1 %148, label %uncomparable.fail27, label %uncomparable.next28

uncomparable.fail27:                              ; preds = %ifaceeq.values24
  call void @llgo_panicuncomparable(ptr %136)
  unreachable

uncomparable.next28:                              ; preds = %ifaceeq.values24
  %149 = getelementptr i8, ptr %136, i64 23
  %150 = load i8, ptr %149, align 1
  %151 = and i8 %150, 32
  %152 = icmp ne i8 %151, 0
  %153 = icmp eq ptr %130, %131
  br i1 %152, label %ifaceeq.done26, label %ifaceeq.boxed25

ifaceeq.boxed25:                                  ; preds = %uncomparable.next28
  %154 = getelementptr i8, ptr %136, i64 32
  %155 = load ptr, ptr %154, align 8
  %156 = call i1 %147(ptr %130, ptr %131, ptr %155)
  br label %ifaceeq.done26

ifaceeq.done26:                                   ; preds = %ifaceeq.boxed25, %uncomparable.next28, %itab.done23
  %157 = phi i1 [ %142, %itab.done23 ], [ %153, %uncomparable.next28 ], [ %156, %ifaceeq.boxed25 ]
  %158 = extractvalue { ptr, ptr } %123, 0
  %159 = extractvalue { ptr, ptr } %127, 0
  %160 = extractvalue { ptr, ptr } %123, 1
  %161 = extractvalue { ptr, ptr } %127, 1
  %162 = extractvalue { ptr, ptr } %123, 0
  %163 = icmp eq ptr %162, null
  br i1 %163, label %itab.done30, label %itab.type29

itab.type29:                                      ; preds = %ifaceeq.done26
  %164 = getelementptr i8, ptr %162, i64 8
  %165 = load ptr, ptr %164, align 8
  br label %itab.done30

itab.done30:                                      ; preds = %itab.type29, %ifaceeq.done26
  %166 = phi ptr [ null, %ifaceeq.done26 ], [ %165, %itab.type29 ]
  %167 = extractvalue { ptr, ptr } %127, 0
  %168 = icmp eq ptr %167, null
  br i1 %168, label %itab.done32, label %itab.type31

itab.type31:                                      ; preds = %itab.done30
  %169 = getelementptr i8, ptr %167, i64 8
  %170 = load ptr, ptr %169, align 8
  br label %itab.done32

itab.done32:                                      ; preds = %itab.type31, %itab.done30
  %171 = phi ptr [ null, %itab.done30 ], [ %170, %itab.type31 ]
  %172 = icmp eq ptr %166, %171
  %173 = icmp eq ptr %166, null
  %174 = xor i1 %173, true
  %175 = and i1 %172, %174
  br i1 %175, label %ifaceeq.values33, label %ifaceeq.done35

ifaceeq.values33:                                 ; preds = %itab.done32
  %176 = getelementptr i8, ptr %166, i64 24
  %177 = load ptr, ptr %176, align 8
  %178 = icmp eq ptr %177, null
  br i1 %178, label %uncomparable.fail36, label %uncomparable.next37

uncomparable.fail36:                              ; preds = %ifaceeq.values33
  call void @llgo_panicuncomparable(ptr %166)
  unreachable

uncomparable.next37:                              ; preds = %ifaceeq.values33
  %179 = getelementptr i8, ptr %166, i64 23
  %180 = load i8, ptr %179, align 1
  %181 = and i8 %180, 32
  %182 = icmp ne i8 %181, 0
  %183 = icmp eq ptr %160, %161
  br i1 %182, label %ifaceeq.done35, label %ifaceeq.boxed34

ifaceeq.boxed34:                                  ; preds = %uncomparable.next37
  %184 = getelementptr i8, ptr %166, i64 32
  %185 = load ptr, ptr %184, align 8
  %186 = call i1 %177(ptr %160, ptr %161, ptr %185)
  br label %ifaceeq.done35

ifaceeq.done35:                                   ; preds = %ifaceeq.boxed34, %uncomparable.next37, %itab.done32
  %187 = phi i1 [ %172, %itab.done32 ], [ %183, %uncomparable.next37 ], [ %186, %ifaceeq.boxed34 ]
  %188 = extractvalue { ptr, ptr } %123, 0
  %189 = icmp eq ptr %188, null
  %190 = xor i1 %189, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %157)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %187)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %190)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %191 = call ptr @llgo_newobject(ptr @"type:[1]int")
  %192 = getelementptr [1 x i64], ptr %191, i64 0, i64 0
  store i64 1, ptr %192, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done35
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done35
  %193 = getelementptr i64, ptr %191, i64 0
  %194 = insertvalue { ptr, i64, i64 } undef, ptr %193, 0
  %195 = insertvalue { ptr, i64, i64 } %194, i64 1, 1
  %196 = insertvalue { ptr, i64, i64 } %195, i64 1, 2
  %197 = call ptr @llgo_newobject(ptr @"type:[]int")
  store { ptr, i64, i64 } %196, ptr %197, align 8
  %198 = insertvalue { ptr, ptr } { ptr @"type:[]int", ptr undef }, ptr %197, 1
  %199 = extractvalue { ptr, ptr } %198, 0
  %200 = extractvalue { ptr, ptr } %198, 0
  %201 = extractvalue { ptr, ptr } %198, 1
  %202 = extractvalue { ptr, ptr } %198, 1
  %203 = icmp eq ptr %199, %200
  %204 = icmp eq ptr %199, null
  %205 = xor i1 %204, true
  %206 = and i1 %203, %205
  br i1 %206, label %ifaceeq.values38, label %ifaceeq.done40

ifaceeq.values38:                                 ; preds = %slice.next
  %207 = getelementptr i8, ptr %199, i64 24
  %208 = load ptr, ptr %207, align 8
  %209 = icmp eq ptr %208, null
  br i1 %209, label %uncomparable.fail41, label %uncomparable.next42

uncomparable.fail41:                              ; preds = %ifaceeq.values38
  call void @llgo_panicuncomparable(ptr %199)
  unreachable

uncomparable.next42:                              ; preds = %ifaceeq.values38
  %210 = getelementptr i8, ptr %199, i64 23
  %211 = load i8, ptr %210, align 1
  %212 = and i8 %211, 32
  %213 = icmp ne i8 %212, 0
  %214 = icmp eq ptr %201, %202
  br i1 %213, label %ifaceeq.done40, label %ifaceeq.boxed39

ifaceeq.boxed39:                                  ; preds = %uncomparable.next42
  %215 = getelementptr i8, ptr %199, i64 32
  %216 = load ptr, ptr %215, align 8
  %217 = call i1 %208(ptr %201, ptr %202, ptr %216)
  br label %ifaceeq.done40

ifaceeq.done40:                                   ; preds = %ifaceeq.boxed39, %uncomparable.next42, %slice.next
  %218 = phi i1 [ %203, %slice.next ], [ %214, %uncomparable.next42 ], [ %217, %ifaceeq.boxed39 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %218)
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

declare ptr @llgo_newobject(ptr)

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
  %11 = extractvalue { ptr, i64 } %9, 0
  %12 = extractvalue { ptr, i64 } %9, 1
  %13 = extractvalue { ptr, i64 } %10, 0
  %14 = extractvalue { ptr, i64 } %10, 1
  %15 = call i1 @llgo_eqstring(ptr %11, i64 %12, ptr %13, i64 %14)
  %16 = and i1 %8, %15
  ret i1 %16
}

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare void @llgo_printlock()

declare void @llgo_printbool(i1)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr void @"main.V.M$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load i64, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.V.M$ptr", ptr @main.V.M)
  call void @main.V.M(i64 %3, ptr %1)
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr i1 @"eq:*main.E"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.E"(ptr %0, ptr %1, ptr %2) {
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

define linkonce_odr i1 @"eq:*main.V"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.V"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load i64, ptr %0, align 8
  %4 = load i64, ptr %1, align 8
  %5 = icmp eq i64 %3, %4
  ret i1 %5
}

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
declare void @llgo_panicslicelen(i64, i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
