; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.P = type { i64, { ptr, i64 } }

@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.1, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.str.2 = private unnamed_addr constant [1 x i8] c"1", align 1
@.str.3 = private unnamed_addr constant [1 x i8] c"a", align 1
@"type:main.P" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.P", { ptr, i64 } { ptr @.str.4, i64 6 }, i64 24, i64 16, i32 -2012304554, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.P", ptr @"gcbits:02", i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"main.P", align 1
@"gcbits:02" = linkonce_odr constant [1 x i8] c"\02"
@"type:*main.P" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr @"hash:*main.P", { ptr, i64 } { ptr @.str.5, i64 7 }, i64 8, i64 8, i32 -1274422770, i8 0, i8 8, i8 8, i8 54, ptr @"eq:*main.P", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24) }, align 8
@.str.5 = private unnamed_addr constant [7 x i8] c"*main.P", align 1
@"itab:main.V,main.E" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.E", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24), i32 -1978749316, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.V.M$ptr"] }, align 8
@"type:main.V" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.V", { ptr, i64 } { ptr @.str.6, i64 6 }, i64 8, i64 0, i32 -1978749316, i8 1, i8 8, i8 8, i8 2, ptr @"eq:main.V", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods }, align 8
@.str.6 = private unnamed_addr constant [6 x i8] c"main.V", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.7, i64 4 }, align 8
@.str.7 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.8 = private unnamed_addr constant [1 x i8] c"M", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.9, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.9 = private unnamed_addr constant [6 x i8] c"func()", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.V.M$ptr" }], align 8
@"type:main.E" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.E", { ptr, i64 } { ptr @.str.10, i64 6 }, i64 16, i64 16, i32 2098108933, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.E", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.11, i64 1, i64 1 }, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"main.E", align 1
@.methods.11 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8
@"type:[1]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[1]int", { ptr, i64 } { ptr @.str.12, i64 6 }, i64 8, i64 0, i32 -1725417395, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[1]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 1 }, align 8
@.str.12 = private unnamed_addr constant [6 x i8] c"[1]int", align 1
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.13, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.13 = private unnamed_addr constant [5 x i8] c"[]int", align 1

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
  %0 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %0, align 8
  %1 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %0, 1
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %2, 1
  %4 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %4, 1
  store %main.P zeroinitializer, ptr %complit, align 8
  %6 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 0
  store i64 1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %7, align 8
  %8 = load %main.P, ptr %complit, align 8
  %9 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24))
  store %main.P %8, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24), ptr undef }, ptr %9, 1
  store %main.P zeroinitializer, ptr %complit1, align 8
  %11 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 0
  store i64 1, ptr %11, align 8
  %12 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %12, align 8
  %13 = load %main.P, ptr %complit1, align 8
  %14 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24))
  store %main.P %13, ptr %14, align 8
  %15 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24), ptr undef }, ptr %14, 1
  %16 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24))
  %17 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*main.P", i64 24), ptr undef }, ptr %16, 1
  %18 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*main.P", i64 24), ptr undef }, ptr %16, 1
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
  %35 = call i1 %28(ptr %21, ptr %22)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %36 = phi i1 [ %23, %"0.entry" ], [ %34, %uncomparable.next ], [ %35, %ifaceeq.boxed ]
  %37 = extractvalue { ptr, ptr } %1, 0
  %38 = extractvalue { ptr, ptr } %5, 0
  %39 = extractvalue { ptr, ptr } %1, 1
  %40 = extractvalue { ptr, ptr } %5, 1
  %41 = icmp eq ptr %37, %38
  %42 = icmp eq ptr %37, null
  %43 = xor i1 %42, true
  %44 = and i1 %41, %43
  br i1 %44, label %ifaceeq.values2, label %ifaceeq.done4

ifaceeq.values2:                                  ; preds = %ifaceeq.done
  %45 = getelementptr i8, ptr %37, i64 24
  %46 = load ptr, ptr %45, align 8
  %47 = icmp eq ptr %46, null
  br i1 %47, label %uncomparable.fail5, label %uncomparable.next6

uncomparable.fail5:                               ; preds = %ifaceeq.values2
  call void @llgo_panicuncomparable(ptr %37)
  unreachable

uncomparable.next6:                               ; preds = %ifaceeq.values2
  %48 = getelementptr i8, ptr %37, i64 23
  %49 = load i8, ptr %48, align 1
  %50 = and i8 %49, 32
  %51 = icmp ne i8 %50, 0
  %52 = icmp eq ptr %39, %40
  br i1 %51, label %ifaceeq.done4, label %ifaceeq.boxed3

ifaceeq.boxed3:                                   ; preds = %uncomparable.next6
  %53 = call i1 %46(ptr %39, ptr %40)
  br label %ifaceeq.done4

ifaceeq.done4:                                    ; preds = %ifaceeq.boxed3, %uncomparable.next6, %ifaceeq.done
  %54 = phi i1 [ %41, %ifaceeq.done ], [ %52, %uncomparable.next6 ], [ %53, %ifaceeq.boxed3 ]
  %55 = extractvalue { ptr, ptr } %10, 0
  %56 = extractvalue { ptr, ptr } %15, 0
  %57 = extractvalue { ptr, ptr } %10, 1
  %58 = extractvalue { ptr, ptr } %15, 1
  %59 = icmp eq ptr %55, %56
  %60 = icmp eq ptr %55, null
  %61 = xor i1 %60, true
  %62 = and i1 %59, %61
  br i1 %62, label %ifaceeq.values7, label %ifaceeq.done9

ifaceeq.values7:                                  ; preds = %ifaceeq.done4
  %63 = getelementptr i8, ptr %55, i64 24
  %64 = load ptr, ptr %63, align 8
  %65 = icmp eq ptr %64, null
  br i1 %65, label %uncomparable.fail10, label %uncomparable.next11

uncomparable.fail10:                              ; preds = %ifaceeq.values7
  call void @llgo_panicuncomparable(ptr %55)
  unreachable

uncomparable.next11:                              ; preds = %ifaceeq.values7
  %66 = getelementptr i8, ptr %55, i64 23
  %67 = load i8, ptr %66, align 1
  %68 = and i8 %67, 32
  %69 = icmp ne i8 %68, 0
  %70 = icmp eq ptr %57, %58
  br i1 %69, label %ifaceeq.done9, label %ifaceeq.boxed8

ifaceeq.boxed8:                                   ; preds = %uncomparable.next11
  %71 = call i1 %64(ptr %57, ptr %58)
  br label %ifaceeq.done9

ifaceeq.done9:                                    ; preds = %ifaceeq.boxed8, %uncomparable.next11, %ifaceeq.done4
  %72 = phi i1 [ %59, %ifaceeq.done4 ], [ %70, %uncomparable.next11 ], [ %71, %ifaceeq.boxed8 ]
  %73 = extractvalue { ptr, ptr } %1, 0
  %74 = icmp eq ptr %73, null
  %75 = extractvalue { ptr, ptr } %17, 0
  %76 = extractvalue { ptr, ptr } %18, 0
  %77 = extractvalue { ptr, ptr } %17, 1
  %78 = extractvalue { ptr, ptr } %18, 1
  %79 = icmp eq ptr %75, %76
  %80 = icmp eq ptr %75, null
  %81 = xor i1 %80, true
  %82 = and i1 %79, %81
  br i1 %82, label %ifaceeq.values12, label %ifaceeq.done14

ifaceeq.values12:                                 ; preds = %ifaceeq.done9
  %83 = getelementptr i8, ptr %75, i64 24
  %84 = load ptr, ptr %83, align 8
  %85 = icmp eq ptr %84, null
  br i1 %85, label %uncomparable.fail15, label %uncomparable.next16

uncomparable.fail15:                              ; preds = %ifaceeq.values12
  call void @llgo_panicuncomparable(ptr %75)
  unreachable

uncomparable.next16:                              ; preds = %ifaceeq.values12
  %86 = getelementptr i8, ptr %75, i64 23
  %87 = load i8, ptr %86, align 1
  %88 = and i8 %87, 32
  %89 = icmp ne i8 %88, 0
  %90 = icmp eq ptr %77, %78
  br i1 %89, label %ifaceeq.done14, label %ifaceeq.boxed13

ifaceeq.boxed13:                                  ; preds = %uncomparable.next16
  %91 = call i1 %84(ptr %77, ptr %78)
  br label %ifaceeq.done14

ifaceeq.done14:                                   ; preds = %ifaceeq.boxed13, %uncomparable.next16, %ifaceeq.done9
  %92 = phi i1 [ %79, %ifaceeq.done9 ], [ %90, %uncomparable.next16 ], [ %91, %ifaceeq.boxed13 ]
  %93 = extractvalue { ptr, ptr } %10, 0
  %94 = extractvalue { ptr, ptr } %15, 0
  %95 = extractvalue { ptr, ptr } %10, 1
  %96 = extractvalue { ptr, ptr } %15, 1
  %97 = icmp eq ptr %93, %94
  %98 = icmp eq ptr %93, null
  %99 = xor i1 %98, true
  %100 = and i1 %97, %99
  br i1 %100, label %ifaceeq.values17, label %ifaceeq.done19

ifaceeq.values17:                                 ; preds = %ifaceeq.done14
  %101 = getelementptr i8, ptr %93, i64 24
  %102 = load ptr, ptr %101, align 8
  %103 = icmp eq ptr %102, null
  br i1 %103, label %uncomparable.fail20, label %uncomparable.next21

uncomparable.fail20:                              ; preds = %ifaceeq.values17
  call void @llgo_panicuncomparable(ptr %93)
  unreachable

uncomparable.next21:                              ; preds = %ifaceeq.values17
  %104 = getelementptr i8, ptr %93, i64 23
  %105 = load i8, ptr %104, align 1
  %106 = and i8 %105, 32
  %107 = icmp ne i8 %106, 0
  %108 = icmp eq ptr %95, %96
  br i1 %107, label %ifaceeq.done19, label %ifaceeq.boxed18

ifaceeq.boxed18:                                  ; preds = %uncomparable.next21
  %109 = call i1 %102(ptr %95, ptr %96)
  br label %ifaceeq.done19

ifaceeq.done19:                                   ; preds = %ifaceeq.boxed18, %uncomparable.next21, %ifaceeq.done14
  %110 = phi i1 [ %97, %ifaceeq.done14 ], [ %108, %uncomparable.next21 ], [ %109, %ifaceeq.boxed18 ]
  %111 = xor i1 %110, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %36)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %54)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %72)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %74)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %92)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %111)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %112 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 1, ptr %112, align 8
  %113 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %112, 1
  %114 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 1, ptr %114, align 8
  %115 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %114, 1
  %116 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 2, ptr %116, align 8
  %117 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %116, 1
  %118 = extractvalue { ptr, ptr } %113, 0
  %119 = extractvalue { ptr, ptr } %115, 0
  %120 = extractvalue { ptr, ptr } %113, 1
  %121 = extractvalue { ptr, ptr } %115, 1
  %122 = extractvalue { ptr, ptr } %113, 0
  %123 = icmp eq ptr %122, null
  br i1 %123, label %itab.done, label %itab.type

itab.type:                                        ; preds = %ifaceeq.done19
  %124 = getelementptr i8, ptr %122, i64 8
  %125 = load ptr, ptr %124, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %ifaceeq.done19
  %126 = phi ptr [ null, %ifaceeq.done19 ], [ %125, %itab.type ]
  %127 = extractvalue { ptr, ptr } %115, 0
  %128 = icmp eq ptr %127, null
  br i1 %128, label %itab.done23, label %itab.type22

itab.type22:                                      ; preds = %itab.done
  %129 = getelementptr i8, ptr %127, i64 8
  %130 = load ptr, ptr %129, align 8
  br label %itab.done23

itab.done23:                                      ; preds = %itab.type22, %itab.done
  %131 = phi ptr [ null, %itab.done ], [ %130, %itab.type22 ]
  %132 = icmp eq ptr %126, %131
  %133 = icmp eq ptr %126, null
  %134 = xor i1 %133, true
  %135 = and i1 %132, %134
  br i1 %135, label %ifaceeq.values24, label %ifaceeq.done26

ifaceeq.values24:                                 ; preds = %itab.done23
  %136 = getelementptr i8, ptr %126, i64 24
  %137 = load ptr, ptr %136, align 8
  %138 = icmp eq ptr %137, null
  br i1 %138, label %uncomparable.fail27, label %uncomparable.next28

uncomparable.fail27:                              ; preds = %ifaceeq.values24
  call void @llgo_panicuncomparable(ptr %126)
  unreachable

uncomparable.next28:                              ; preds = %ifaceeq.values24
  %139 = getelementptr i8, ptr %126, i64 23
  %140 = load i8, ptr %139, align 1
  %141 = and i8 %140, 32
  %142 = icmp ne i8 %141, 0
  %143 = icmp eq ptr %120, %121
  br i1 %142, label %ifaceeq.done26, label %ifaceeq.boxed25

ifaceeq.boxed25:                                  ; preds = %uncomparable.next28
  %144 = call i1 %137(ptr %120, ptr %121)
  br label %ifaceeq.done26

ifaceeq.done26:                                   ; preds = %ifaceeq.boxed25, %uncomparable.next28, %itab.done23
  %145 = phi i1 [ %132, %itab.done23 ], [ %143, %uncomparable.next28 ], [ %144, %ifaceeq.boxed25 ]
  %146 = extractvalue { ptr, ptr } %113, 0
  %147 = extractvalue { ptr, ptr } %117, 0
  %148 = extractvalue { ptr, ptr } %113, 1
  %149 = extractvalue { ptr, ptr } %117, 1
  %150 = extractvalue { ptr, ptr } %113, 0
  %151 = icmp eq ptr %150, null
  br i1 %151, label %itab.done30, label %itab.type29

itab.type29:                                      ; preds = %ifaceeq.done26
  %152 = getelementptr i8, ptr %150, i64 8
  %153 = load ptr, ptr %152, align 8
  br label %itab.done30

itab.done30:                                      ; preds = %itab.type29, %ifaceeq.done26
  %154 = phi ptr [ null, %ifaceeq.done26 ], [ %153, %itab.type29 ]
  %155 = extractvalue { ptr, ptr } %117, 0
  %156 = icmp eq ptr %155, null
  br i1 %156, label %itab.done32, label %itab.type31

itab.type31:                                      ; preds = %itab.done30
  %157 = getelementptr i8, ptr %155, i64 8
  %158 = load ptr, ptr %157, align 8
  br label %itab.done32

itab.done32:                                      ; preds = %itab.type31, %itab.done30
  %159 = phi ptr [ null, %itab.done30 ], [ %158, %itab.type31 ]
  %160 = icmp eq ptr %154, %159
  %161 = icmp eq ptr %154, null
  %162 = xor i1 %161, true
  %163 = and i1 %160, %162
  br i1 %163, label %ifaceeq.values33, label %ifaceeq.done35

ifaceeq.values33:                                 ; preds = %itab.done32
  %164 = getelementptr i8, ptr %154, i64 24
  %165 = load ptr, ptr %164, align 8
  %166 = icmp eq ptr %165, null
  br i1 %166, label %uncomparable.fail36, label %uncomparable.next37

uncomparable.fail36:                              ; preds = %ifaceeq.values33
  call void @llgo_panicuncomparable(ptr %154)
  unreachable

uncomparable.next37:                              ; preds = %ifaceeq.values33
  %167 = getelementptr i8, ptr %154, i64 23
  %168 = load i8, ptr %167, align 1
  %169 = and i8 %168, 32
  %170 = icmp ne i8 %169, 0
  %171 = icmp eq ptr %148, %149
  br i1 %170, label %ifaceeq.done35, label %ifaceeq.boxed34

ifaceeq.boxed34:                                  ; preds = %uncomparable.next37
  %172 = call i1 %165(ptr %148, ptr %149)
  br label %ifaceeq.done35

ifaceeq.done35:                                   ; preds = %ifaceeq.boxed34, %uncomparable.next37, %itab.done32
  %173 = phi i1 [ %160, %itab.done32 ], [ %171, %uncomparable.next37 ], [ %172, %ifaceeq.boxed34 ]
  %174 = extractvalue { ptr, ptr } %113, 0
  %175 = icmp eq ptr %174, null
  %176 = xor i1 %175, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %145)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %173)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %176)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %177 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[1]int", i64 24))
  %178 = getelementptr [1 x i64], ptr %177, i64 0, i64 0
  store i64 1, ptr %178, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done35
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done35
  %179 = getelementptr i64, ptr %177, i64 0
  %180 = insertvalue { ptr, i64, i64 } undef, ptr %179, 0
  %181 = insertvalue { ptr, i64, i64 } %180, i64 1, 1
  %182 = insertvalue { ptr, i64, i64 } %181, i64 1, 2
  %183 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24))
  store { ptr, i64, i64 } %182, ptr %183, align 8
  %184 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %183, 1
  %185 = extractvalue { ptr, ptr } %184, 0
  %186 = extractvalue { ptr, ptr } %184, 0
  %187 = extractvalue { ptr, ptr } %184, 1
  %188 = extractvalue { ptr, ptr } %184, 1
  %189 = icmp eq ptr %185, %186
  %190 = icmp eq ptr %185, null
  %191 = xor i1 %190, true
  %192 = and i1 %189, %191
  br i1 %192, label %ifaceeq.values38, label %ifaceeq.done40

ifaceeq.values38:                                 ; preds = %slice.next
  %193 = getelementptr i8, ptr %185, i64 24
  %194 = load ptr, ptr %193, align 8
  %195 = icmp eq ptr %194, null
  br i1 %195, label %uncomparable.fail41, label %uncomparable.next42

uncomparable.fail41:                              ; preds = %ifaceeq.values38
  call void @llgo_panicuncomparable(ptr %185)
  unreachable

uncomparable.next42:                              ; preds = %ifaceeq.values38
  %196 = getelementptr i8, ptr %185, i64 23
  %197 = load i8, ptr %196, align 1
  %198 = and i8 %197, 32
  %199 = icmp ne i8 %198, 0
  %200 = icmp eq ptr %187, %188
  br i1 %199, label %ifaceeq.done40, label %ifaceeq.boxed39

ifaceeq.boxed39:                                  ; preds = %uncomparable.next42
  %201 = call i1 %194(ptr %187, ptr %188)
  br label %ifaceeq.done40

ifaceeq.done40:                                   ; preds = %ifaceeq.boxed39, %uncomparable.next42, %slice.next
  %202 = phi i1 [ %189, %slice.next ], [ %200, %uncomparable.next42 ], [ %201, %ifaceeq.boxed39 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %202)
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

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

declare ptr @llgo_newobject(ptr)

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_strhash(ptr, i64)

define linkonce_odr i1 @"eq:string"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, i64 }, ptr %0, align 8
  %3 = load { ptr, i64 }, ptr %1, align 8
  %4 = extractvalue { ptr, i64 } %2, 0
  %5 = extractvalue { ptr, i64 } %2, 1
  %6 = extractvalue { ptr, i64 } %3, 0
  %7 = extractvalue { ptr, i64 } %3, 1
  %8 = call i1 @llgo_eqstring(ptr %4, i64 %5, ptr %6, i64 %7)
  ret i1 %8
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

define linkonce_odr i64 @"hash:main.P"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.P, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.P, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:string"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i1 @"eq:main.P"(ptr %0, ptr %1) {
entry:
  %2 = load %main.P, ptr %0, align 8
  %3 = load %main.P, ptr %1, align 8
  %4 = extractvalue %main.P %2, 0
  %5 = extractvalue %main.P %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.P %2, 1
  %9 = extractvalue %main.P %3, 1
  %10 = extractvalue { ptr, i64 } %8, 0
  %11 = extractvalue { ptr, i64 } %8, 1
  %12 = extractvalue { ptr, i64 } %9, 0
  %13 = extractvalue { ptr, i64 } %9, 1
  %14 = call i1 @llgo_eqstring(ptr %10, i64 %11, ptr %12, i64 %13)
  %15 = and i1 %7, %14
  ret i1 %15
}

define linkonce_odr i64 @"hash:*main.P"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*main.P"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
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

define linkonce_odr i64 @"hash:main.V"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.V"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

define linkonce_odr i64 @"hash:main.E"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.E"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, ptr }, ptr %0, align 8
  %3 = load { ptr, ptr }, ptr %1, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %2, 0
  %9 = icmp eq ptr %8, null
  br i1 %9, label %itab.done, label %itab.type

itab.type:                                        ; preds = %entry
  %10 = getelementptr i8, ptr %8, i64 8
  %11 = load ptr, ptr %10, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %entry
  %12 = phi ptr [ null, %entry ], [ %11, %itab.type ]
  %13 = extractvalue { ptr, ptr } %3, 0
  %14 = icmp eq ptr %13, null
  br i1 %14, label %itab.done2, label %itab.type1

itab.type1:                                       ; preds = %itab.done
  %15 = getelementptr i8, ptr %13, i64 8
  %16 = load ptr, ptr %15, align 8
  br label %itab.done2

itab.done2:                                       ; preds = %itab.type1, %itab.done
  %17 = phi ptr [ null, %itab.done ], [ %16, %itab.type1 ]
  %18 = icmp eq ptr %12, %17
  %19 = icmp eq ptr %12, null
  %20 = xor i1 %19, true
  %21 = and i1 %18, %20
  br i1 %21, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %itab.done2
  %22 = getelementptr i8, ptr %12, i64 24
  %23 = load ptr, ptr %22, align 8
  %24 = icmp eq ptr %23, null
  br i1 %24, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %12)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %25 = getelementptr i8, ptr %12, i64 23
  %26 = load i8, ptr %25, align 1
  %27 = and i8 %26, 32
  %28 = icmp ne i8 %27, 0
  %29 = icmp eq ptr %6, %7
  br i1 %28, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %30 = call i1 %23(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %31 = phi i1 [ %18, %itab.done2 ], [ %29, %uncomparable.next ], [ %30, %ifaceeq.boxed ]
  ret i1 %31
}

define linkonce_odr i64 @"hash:[1]int"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr i64, ptr %0, i64 %i
  %3 = call i64 @"hash:int"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[1]int"(ptr %0, ptr %1) {
entry:
  %2 = load [1 x i64], ptr %0, align 8
  %3 = load [1 x i64], ptr %1, align 8
  %4 = extractvalue [1 x i64] %2, 0
  %5 = extractvalue [1 x i64] %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  ret i1 %7
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
