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
@.nilname = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.str.6 = private unnamed_addr constant [3 x i8] c"nil", align 1
@.str.7 = private unnamed_addr constant [43 x i8] c"runtime error: comparing uncomparable type ", align 1
@.nilname.8 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.9 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.10 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.11 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@"itab:main.V,main.E" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.E", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24), i32 -1978749316, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.V.M$ptr"] }, align 8
@"type:main.V" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.V", { ptr, i64 } { ptr @.str.12, i64 6 }, i64 8, i64 0, i32 -1978749316, i8 1, i8 8, i8 8, i8 2, ptr @"eq:main.V", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods }, align 8
@.str.12 = private unnamed_addr constant [6 x i8] c"main.V", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.13, i64 4 }, align 8
@.str.13 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.14 = private unnamed_addr constant [1 x i8] c"M", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.15, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.15 = private unnamed_addr constant [6 x i8] c"func()", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.14, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.V.M$ptr" }], align 8
@"type:main.E" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.E", { ptr, i64 } { ptr @.str.16, i64 6 }, i64 16, i64 16, i32 2098108933, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.E", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.18, i64 1, i64 1 }, align 8
@.str.16 = private unnamed_addr constant [6 x i8] c"main.E", align 1
@.nilname.17 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.methods.18 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.14, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8
@.nilname.19 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.20 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@"type:[1]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[1]int", { ptr, i64 } { ptr @.str.21, i64 6 }, i64 8, i64 0, i32 -1725417395, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[1]int", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 1 }, align 8
@.str.21 = private unnamed_addr constant [6 x i8] c"[1]int", align 1
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.22, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.22 = private unnamed_addr constant [5 x i8] c"[]int", align 1
@.nilname.23 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }

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
  %30 = icmp eq ptr %19, null
  %31 = getelementptr i8, ptr %19, i64 -16
  %32 = select i1 %30, ptr @.nilname, ptr %31
  %33 = load { ptr, i64 }, ptr %32, align 8
  %34 = extractvalue { ptr, i64 } %33, 0
  %35 = extractvalue { ptr, i64 } %33, 1
  %36 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %34, i64 %35)
  %37 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %36, ptr %37, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %37)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %38 = getelementptr i8, ptr %19, i64 23
  %39 = load i8, ptr %38, align 1
  %40 = and i8 %39, 32
  %41 = icmp ne i8 %40, 0
  %42 = icmp eq ptr %21, %22
  br i1 %41, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %43 = call i1 %28(ptr %21, ptr %22)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %44 = phi i1 [ %23, %"0.entry" ], [ %42, %uncomparable.next ], [ %43, %ifaceeq.boxed ]
  %45 = extractvalue { ptr, ptr } %1, 0
  %46 = extractvalue { ptr, ptr } %5, 0
  %47 = extractvalue { ptr, ptr } %1, 1
  %48 = extractvalue { ptr, ptr } %5, 1
  %49 = icmp eq ptr %45, %46
  %50 = icmp eq ptr %45, null
  %51 = xor i1 %50, true
  %52 = and i1 %49, %51
  br i1 %52, label %ifaceeq.values2, label %ifaceeq.done4

ifaceeq.values2:                                  ; preds = %ifaceeq.done
  %53 = getelementptr i8, ptr %45, i64 24
  %54 = load ptr, ptr %53, align 8
  %55 = icmp eq ptr %54, null
  br i1 %55, label %uncomparable.fail5, label %uncomparable.next6

uncomparable.fail5:                               ; preds = %ifaceeq.values2
  %56 = icmp eq ptr %45, null
  %57 = getelementptr i8, ptr %45, i64 -16
  %58 = select i1 %56, ptr @.nilname.8, ptr %57
  %59 = load { ptr, i64 }, ptr %58, align 8
  %60 = extractvalue { ptr, i64 } %59, 0
  %61 = extractvalue { ptr, i64 } %59, 1
  %62 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %60, i64 %61)
  %63 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %62, ptr %63, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %63)
  unreachable

uncomparable.next6:                               ; preds = %ifaceeq.values2
  %64 = getelementptr i8, ptr %45, i64 23
  %65 = load i8, ptr %64, align 1
  %66 = and i8 %65, 32
  %67 = icmp ne i8 %66, 0
  %68 = icmp eq ptr %47, %48
  br i1 %67, label %ifaceeq.done4, label %ifaceeq.boxed3

ifaceeq.boxed3:                                   ; preds = %uncomparable.next6
  %69 = call i1 %54(ptr %47, ptr %48)
  br label %ifaceeq.done4

ifaceeq.done4:                                    ; preds = %ifaceeq.boxed3, %uncomparable.next6, %ifaceeq.done
  %70 = phi i1 [ %49, %ifaceeq.done ], [ %68, %uncomparable.next6 ], [ %69, %ifaceeq.boxed3 ]
  %71 = extractvalue { ptr, ptr } %10, 0
  %72 = extractvalue { ptr, ptr } %15, 0
  %73 = extractvalue { ptr, ptr } %10, 1
  %74 = extractvalue { ptr, ptr } %15, 1
  %75 = icmp eq ptr %71, %72
  %76 = icmp eq ptr %71, null
  %77 = xor i1 %76, true
  %78 = and i1 %75, %77
  br i1 %78, label %ifaceeq.values7, label %ifaceeq.done9

ifaceeq.values7:                                  ; preds = %ifaceeq.done4
  %79 = getelementptr i8, ptr %71, i64 24
  %80 = load ptr, ptr %79, align 8
  %81 = icmp eq ptr %80, null
  br i1 %81, label %uncomparable.fail10, label %uncomparable.next11

uncomparable.fail10:                              ; preds = %ifaceeq.values7
  %82 = icmp eq ptr %71, null
  %83 = getelementptr i8, ptr %71, i64 -16
  %84 = select i1 %82, ptr @.nilname.9, ptr %83
  %85 = load { ptr, i64 }, ptr %84, align 8
  %86 = extractvalue { ptr, i64 } %85, 0
  %87 = extractvalue { ptr, i64 } %85, 1
  %88 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %86, i64 %87)
  %89 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %88, ptr %89, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %89)
  unreachable

uncomparable.next11:                              ; preds = %ifaceeq.values7
  %90 = getelementptr i8, ptr %71, i64 23
  %91 = load i8, ptr %90, align 1
  %92 = and i8 %91, 32
  %93 = icmp ne i8 %92, 0
  %94 = icmp eq ptr %73, %74
  br i1 %93, label %ifaceeq.done9, label %ifaceeq.boxed8

ifaceeq.boxed8:                                   ; preds = %uncomparable.next11
  %95 = call i1 %80(ptr %73, ptr %74)
  br label %ifaceeq.done9

ifaceeq.done9:                                    ; preds = %ifaceeq.boxed8, %uncomparable.next11, %ifaceeq.done4
  %96 = phi i1 [ %75, %ifaceeq.done4 ], [ %94, %uncomparable.next11 ], [ %95, %ifaceeq.boxed8 ]
  %97 = extractvalue { ptr, ptr } %1, 0
  %98 = icmp eq ptr %97, null
  %99 = extractvalue { ptr, ptr } %17, 0
  %100 = extractvalue { ptr, ptr } %18, 0
  %101 = extractvalue { ptr, ptr } %17, 1
  %102 = extractvalue { ptr, ptr } %18, 1
  %103 = icmp eq ptr %99, %100
  %104 = icmp eq ptr %99, null
  %105 = xor i1 %104, true
  %106 = and i1 %103, %105
  br i1 %106, label %ifaceeq.values12, label %ifaceeq.done14

ifaceeq.values12:                                 ; preds = %ifaceeq.done9
  %107 = getelementptr i8, ptr %99, i64 24
  %108 = load ptr, ptr %107, align 8
  %109 = icmp eq ptr %108, null
  br i1 %109, label %uncomparable.fail15, label %uncomparable.next16

uncomparable.fail15:                              ; preds = %ifaceeq.values12
  %110 = icmp eq ptr %99, null
  %111 = getelementptr i8, ptr %99, i64 -16
  %112 = select i1 %110, ptr @.nilname.10, ptr %111
  %113 = load { ptr, i64 }, ptr %112, align 8
  %114 = extractvalue { ptr, i64 } %113, 0
  %115 = extractvalue { ptr, i64 } %113, 1
  %116 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %114, i64 %115)
  %117 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %116, ptr %117, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %117)
  unreachable

uncomparable.next16:                              ; preds = %ifaceeq.values12
  %118 = getelementptr i8, ptr %99, i64 23
  %119 = load i8, ptr %118, align 1
  %120 = and i8 %119, 32
  %121 = icmp ne i8 %120, 0
  %122 = icmp eq ptr %101, %102
  br i1 %121, label %ifaceeq.done14, label %ifaceeq.boxed13

ifaceeq.boxed13:                                  ; preds = %uncomparable.next16
  %123 = call i1 %108(ptr %101, ptr %102)
  br label %ifaceeq.done14

ifaceeq.done14:                                   ; preds = %ifaceeq.boxed13, %uncomparable.next16, %ifaceeq.done9
  %124 = phi i1 [ %103, %ifaceeq.done9 ], [ %122, %uncomparable.next16 ], [ %123, %ifaceeq.boxed13 ]
  %125 = extractvalue { ptr, ptr } %10, 0
  %126 = extractvalue { ptr, ptr } %15, 0
  %127 = extractvalue { ptr, ptr } %10, 1
  %128 = extractvalue { ptr, ptr } %15, 1
  %129 = icmp eq ptr %125, %126
  %130 = icmp eq ptr %125, null
  %131 = xor i1 %130, true
  %132 = and i1 %129, %131
  br i1 %132, label %ifaceeq.values17, label %ifaceeq.done19

ifaceeq.values17:                                 ; preds = %ifaceeq.done14
  %133 = getelementptr i8, ptr %125, i64 24
  %134 = load ptr, ptr %133, align 8
  %135 = icmp eq ptr %134, null
  br i1 %135, label %uncomparable.fail20, label %uncomparable.next21

uncomparable.fail20:                              ; preds = %ifaceeq.values17
  %136 = icmp eq ptr %125, null
  %137 = getelementptr i8, ptr %125, i64 -16
  %138 = select i1 %136, ptr @.nilname.11, ptr %137
  %139 = load { ptr, i64 }, ptr %138, align 8
  %140 = extractvalue { ptr, i64 } %139, 0
  %141 = extractvalue { ptr, i64 } %139, 1
  %142 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %140, i64 %141)
  %143 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %142, ptr %143, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %143)
  unreachable

uncomparable.next21:                              ; preds = %ifaceeq.values17
  %144 = getelementptr i8, ptr %125, i64 23
  %145 = load i8, ptr %144, align 1
  %146 = and i8 %145, 32
  %147 = icmp ne i8 %146, 0
  %148 = icmp eq ptr %127, %128
  br i1 %147, label %ifaceeq.done19, label %ifaceeq.boxed18

ifaceeq.boxed18:                                  ; preds = %uncomparable.next21
  %149 = call i1 %134(ptr %127, ptr %128)
  br label %ifaceeq.done19

ifaceeq.done19:                                   ; preds = %ifaceeq.boxed18, %uncomparable.next21, %ifaceeq.done14
  %150 = phi i1 [ %129, %ifaceeq.done14 ], [ %148, %uncomparable.next21 ], [ %149, %ifaceeq.boxed18 ]
  %151 = xor i1 %150, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %44)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %70)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %96)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %98)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %124)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %151)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %152 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 1, ptr %152, align 8
  %153 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %152, 1
  %154 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 1, ptr %154, align 8
  %155 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %154, 1
  %156 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24))
  store i64 2, ptr %156, align 8
  %157 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %156, 1
  %158 = extractvalue { ptr, ptr } %153, 0
  %159 = extractvalue { ptr, ptr } %155, 0
  %160 = extractvalue { ptr, ptr } %153, 1
  %161 = extractvalue { ptr, ptr } %155, 1
  %162 = extractvalue { ptr, ptr } %153, 0
  %163 = icmp eq ptr %162, null
  br i1 %163, label %itab.done, label %itab.type

itab.type:                                        ; preds = %ifaceeq.done19
  %164 = getelementptr i8, ptr %162, i64 8
  %165 = load ptr, ptr %164, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %ifaceeq.done19
  %166 = phi ptr [ null, %ifaceeq.done19 ], [ %165, %itab.type ]
  %167 = extractvalue { ptr, ptr } %155, 0
  %168 = icmp eq ptr %167, null
  br i1 %168, label %itab.done23, label %itab.type22

itab.type22:                                      ; preds = %itab.done
  %169 = getelementptr i8, ptr %167, i64 8
  %170 = load ptr, ptr %169, align 8
  br label %itab.done23

itab.done23:                                      ; preds = %itab.type22, %itab.done
  %171 = phi ptr [ null, %itab.done ], [ %170, %itab.type22 ]
  %172 = icmp eq ptr %166, %171
  %173 = icmp eq ptr %166, null
  %174 = xor i1 %173, true
  %175 = and i1 %172, %174
  br i1 %175, label %ifaceeq.values24, label %ifaceeq.done26

ifaceeq.values24:                                 ; preds = %itab.done23
  %176 = getelementptr i8, ptr %166, i64 24
  %177 = load ptr, ptr %176, align 8
  %178 = icmp eq ptr %177, null
  br i1 %178, label %uncomparable.fail27, label %uncomparable.next28

uncomparable.fail27:                              ; preds = %ifaceeq.values24
  %179 = icmp eq ptr %166, null
  %180 = getelementptr i8, ptr %166, i64 -16
  %181 = select i1 %179, ptr @.nilname.19, ptr %180
  %182 = load { ptr, i64 }, ptr %181, align 8
  %183 = extractvalue { ptr, i64 } %182, 0
  %184 = extractvalue { ptr, i64 } %182, 1
  %185 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %183, i64 %184)
  %186 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %185, ptr %186, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %186)
  unreachable

uncomparable.next28:                              ; preds = %ifaceeq.values24
  %187 = getelementptr i8, ptr %166, i64 23
  %188 = load i8, ptr %187, align 1
  %189 = and i8 %188, 32
  %190 = icmp ne i8 %189, 0
  %191 = icmp eq ptr %160, %161
  br i1 %190, label %ifaceeq.done26, label %ifaceeq.boxed25

ifaceeq.boxed25:                                  ; preds = %uncomparable.next28
  %192 = call i1 %177(ptr %160, ptr %161)
  br label %ifaceeq.done26

ifaceeq.done26:                                   ; preds = %ifaceeq.boxed25, %uncomparable.next28, %itab.done23
  %193 = phi i1 [ %172, %itab.done23 ], [ %191, %uncomparable.next28 ], [ %192, %ifaceeq.boxed25 ]
  %194 = extractvalue { ptr, ptr } %153, 0
  %195 = extractvalue { ptr, ptr } %157, 0
  %196 = extractvalue { ptr, ptr } %153, 1
  %197 = extractvalue { ptr, ptr } %157, 1
  %198 = extractvalue { ptr, ptr } %153, 0
  %199 = icmp eq ptr %198, null
  br i1 %199, label %itab.done30, label %itab.type29

itab.type29:                                      ; preds = %ifaceeq.done26
  %200 = getelementptr i8, ptr %198, i64 8
  %201 = load ptr, ptr %200, align 8
  br label %itab.done30

itab.done30:                                      ; preds = %itab.type29, %ifaceeq.done26
  %202 = phi ptr [ null, %ifaceeq.done26 ], [ %201, %itab.type29 ]
  %203 = extractvalue { ptr, ptr } %157, 0
  %204 = icmp eq ptr %203, null
  br i1 %204, label %itab.done32, label %itab.type31

itab.type31:                                      ; preds = %itab.done30
  %205 = getelementptr i8, ptr %203, i64 8
  %206 = load ptr, ptr %205, align 8
  br label %itab.done32

itab.done32:                                      ; preds = %itab.type31, %itab.done30
  %207 = phi ptr [ null, %itab.done30 ], [ %206, %itab.type31 ]
  %208 = icmp eq ptr %202, %207
  %209 = icmp eq ptr %202, null
  %210 = xor i1 %209, true
  %211 = and i1 %208, %210
  br i1 %211, label %ifaceeq.values33, label %ifaceeq.done35

ifaceeq.values33:                                 ; preds = %itab.done32
  %212 = getelementptr i8, ptr %202, i64 24
  %213 = load ptr, ptr %212, align 8
  %214 = icmp eq ptr %213, null
  br i1 %214, label %uncomparable.fail36, label %uncomparable.next37

uncomparable.fail36:                              ; preds = %ifaceeq.values33
  %215 = icmp eq ptr %202, null
  %216 = getelementptr i8, ptr %202, i64 -16
  %217 = select i1 %215, ptr @.nilname.20, ptr %216
  %218 = load { ptr, i64 }, ptr %217, align 8
  %219 = extractvalue { ptr, i64 } %218, 0
  %220 = extractvalue { ptr, i64 } %218, 1
  %221 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %219, i64 %220)
  %222 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %221, ptr %222, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %222)
  unreachable

uncomparable.next37:                              ; preds = %ifaceeq.values33
  %223 = getelementptr i8, ptr %202, i64 23
  %224 = load i8, ptr %223, align 1
  %225 = and i8 %224, 32
  %226 = icmp ne i8 %225, 0
  %227 = icmp eq ptr %196, %197
  br i1 %226, label %ifaceeq.done35, label %ifaceeq.boxed34

ifaceeq.boxed34:                                  ; preds = %uncomparable.next37
  %228 = call i1 %213(ptr %196, ptr %197)
  br label %ifaceeq.done35

ifaceeq.done35:                                   ; preds = %ifaceeq.boxed34, %uncomparable.next37, %itab.done32
  %229 = phi i1 [ %208, %itab.done32 ], [ %227, %uncomparable.next37 ], [ %228, %ifaceeq.boxed34 ]
  %230 = extractvalue { ptr, ptr } %153, 0
  %231 = icmp eq ptr %230, null
  %232 = xor i1 %231, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %193)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %229)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %232)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %233 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[1]int", i64 24))
  %234 = getelementptr [1 x i64], ptr %233, i64 0, i64 0
  store i64 1, ptr %234, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done35
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done35
  %235 = getelementptr i64, ptr %233, i64 0
  %236 = insertvalue { ptr, i64, i64 } undef, ptr %235, 0
  %237 = insertvalue { ptr, i64, i64 } %236, i64 1, 1
  %238 = insertvalue { ptr, i64, i64 } %237, i64 1, 2
  %239 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24))
  store { ptr, i64, i64 } %238, ptr %239, align 8
  %240 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %239, 1
  %241 = extractvalue { ptr, ptr } %240, 0
  %242 = extractvalue { ptr, ptr } %240, 0
  %243 = extractvalue { ptr, ptr } %240, 1
  %244 = extractvalue { ptr, ptr } %240, 1
  %245 = icmp eq ptr %241, %242
  %246 = icmp eq ptr %241, null
  %247 = xor i1 %246, true
  %248 = and i1 %245, %247
  br i1 %248, label %ifaceeq.values38, label %ifaceeq.done40

ifaceeq.values38:                                 ; preds = %slice.next
  %249 = getelementptr i8, ptr %241, i64 24
  %250 = load ptr, ptr %249, align 8
  %251 = icmp eq ptr %250, null
  br i1 %251, label %uncomparable.fail41, label %uncomparable.next42

uncomparable.fail41:                              ; preds = %ifaceeq.values38
  %252 = icmp eq ptr %241, null
  %253 = getelementptr i8, ptr %241, i64 -16
  %254 = select i1 %252, ptr @.nilname.23, ptr %253
  %255 = load { ptr, i64 }, ptr %254, align 8
  %256 = extractvalue { ptr, i64 } %255, 0
  %257 = extractvalue { ptr, i64 } %255, 1
  %258 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %256, i64 %257)
  %259 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %258, ptr %259, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %259)
  unreachable

uncomparable.next42:                              ; preds = %ifaceeq.values38
  %260 = getelementptr i8, ptr %241, i64 23
  %261 = load i8, ptr %260, align 1
  %262 = and i8 %261, 32
  %263 = icmp ne i8 %262, 0
  %264 = icmp eq ptr %243, %244
  br i1 %263, label %ifaceeq.done40, label %ifaceeq.boxed39

ifaceeq.boxed39:                                  ; preds = %uncomparable.next42
  %265 = call i1 %250(ptr %243, ptr %244)
  br label %ifaceeq.done40

ifaceeq.done40:                                   ; preds = %ifaceeq.boxed39, %uncomparable.next42, %slice.next
  %266 = phi i1 [ %245, %slice.next ], [ %264, %uncomparable.next42 ], [ %265, %ifaceeq.boxed39 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %266)
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

declare void @llgo_printlock()

declare void @llgo_printbool(i1)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr void @"main.V.M$ptr"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  call void @main.V.M(i64 %2, ptr %1)
  ret void
}

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
  %25 = icmp eq ptr %12, null
  %26 = getelementptr i8, ptr %12, i64 -16
  %27 = select i1 %25, ptr @.nilname.17, ptr %26
  %28 = load { ptr, i64 }, ptr %27, align 8
  %29 = extractvalue { ptr, i64 } %28, 0
  %30 = extractvalue { ptr, i64 } %28, 1
  %31 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %29, i64 %30)
  %32 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %31, ptr %32, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %32)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %33 = getelementptr i8, ptr %12, i64 23
  %34 = load i8, ptr %33, align 1
  %35 = and i8 %34, 32
  %36 = icmp ne i8 %35, 0
  %37 = icmp eq ptr %6, %7
  br i1 %36, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %38 = call i1 %23(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %itab.done2
  %39 = phi i1 [ %18, %itab.done2 ], [ %37, %uncomparable.next ], [ %38, %ifaceeq.boxed ]
  ret i1 %39
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
