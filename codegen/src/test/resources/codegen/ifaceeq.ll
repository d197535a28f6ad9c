; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.P = type { i64, { ptr, i64 } }

@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.1, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr null, i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"string", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"1", align 1
@.str.3 = private unnamed_addr constant [1 x i8] c"a", align 1
@"type:main.P" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.P", { ptr, i64 } { ptr @.str.4, i64 6 }, i64 24, i64 16, i32 -2012304554, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.P", ptr null, i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"main.P", align 1
@"type:*main.P" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr @"hash:*main.P", { ptr, i64 } { ptr @.str.5, i64 7 }, i64 8, i64 8, i32 -1274422770, i8 0, i8 8, i8 8, i8 54, ptr @"eq:*main.P", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24) }, align 8
@.str.5 = private unnamed_addr constant [7 x i8] c"*main.P", align 1
@.nilname = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.str.6 = private unnamed_addr constant [3 x i8] c"nil", align 1
@.str.7 = private unnamed_addr constant [43 x i8] c"runtime error: comparing uncomparable type ", align 1
@.nilname.8 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.9 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.10 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.11 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@"itab:main.V,main.E" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.E", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.V", i64 24), i32 -1978749316, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.V.M$ptr"] }, align 8
@"type:main.V" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.V", { ptr, i64 } { ptr @.str.12, i64 6 }, i64 8, i64 0, i32 -1978749316, i8 0, i8 8, i8 8, i8 2, ptr @"eq:main.V", ptr null, i32 0, i32 0 }, align 8
@.str.12 = private unnamed_addr constant [6 x i8] c"main.V", align 1
@"type:main.E" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.E", { ptr, i64 } { ptr @.str.13, i64 6 }, i64 16, i64 16, i32 2098108933, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.E", ptr null, i32 0, i32 0 }, align 8
@.str.13 = private unnamed_addr constant [6 x i8] c"main.E", align 1
@.nilname.14 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.15 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@.nilname.16 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.17, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.17 = private unnamed_addr constant [5 x i8] c"[]int", align 1
@.nilname.18 = private constant { ptr, i64 } { ptr @.str.6, i64 3 }

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
  %0 = call ptr @llgo_alloc(i64 8)
  store i64 1, ptr %0, align 8
  %1 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %0, 1
  %2 = call ptr @llgo_alloc(i64 8)
  store i64 1, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %2, 1
  %4 = call ptr @llgo_alloc(i64 16)
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %4, 1
  store %main.P zeroinitializer, ptr %complit, align 8
  %6 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 0
  store i64 1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %main.P, ptr %complit, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %7, align 8
  %8 = load %main.P, ptr %complit, align 8
  %9 = call ptr @llgo_alloc(i64 24)
  store %main.P %8, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24), ptr undef }, ptr %9, 1
  store %main.P zeroinitializer, ptr %complit1, align 8
  %11 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 0
  store i64 1, ptr %11, align 8
  %12 = getelementptr inbounds nuw %main.P, ptr %complit1, i32 0, i32 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %12, align 8
  %13 = load %main.P, ptr %complit1, align 8
  %14 = call ptr @llgo_alloc(i64 24)
  store %main.P %13, ptr %14, align 8
  %15 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.P", i64 24), ptr undef }, ptr %14, 1
  %16 = call ptr @llgo_alloc(i64 24)
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
  %37 = call ptr @llgo_alloc(i64 16)
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
  %63 = call ptr @llgo_alloc(i64 16)
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
  %89 = call ptr @llgo_alloc(i64 16)
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
  %117 = call ptr @llgo_alloc(i64 16)
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
  %143 = call ptr @llgo_alloc(i64 16)
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
  %152 = call ptr @llgo_alloc(i64 8)
  store i64 1, ptr %152, align 8
  %153 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %152, 1
  %154 = call ptr @llgo_alloc(i64 8)
  store i64 1, ptr %154, align 8
  %155 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %154, 1
  %156 = call ptr @llgo_alloc(i64 8)
  store i64 2, ptr %156, align 8
  %157 = insertvalue { ptr, ptr } { ptr @"itab:main.V,main.E", ptr undef }, ptr %156, 1
  %158 = extractvalue { ptr, ptr } %153, 0
  %159 = extractvalue { ptr, ptr } %155, 0
  %160 = extractvalue { ptr, ptr } %153, 1
  %161 = extractvalue { ptr, ptr } %155, 1
  %162 = icmp eq ptr %158, %159
  %163 = icmp eq ptr %158, null
  %164 = xor i1 %163, true
  %165 = and i1 %162, %164
  br i1 %165, label %ifaceeq.values22, label %ifaceeq.done24

ifaceeq.values22:                                 ; preds = %ifaceeq.done19
  %166 = getelementptr i8, ptr %158, i64 8
  %167 = load ptr, ptr %166, align 8
  %168 = getelementptr i8, ptr %167, i64 24
  %169 = load ptr, ptr %168, align 8
  %170 = icmp eq ptr %169, null
  br i1 %170, label %uncomparable.fail25, label %uncomparable.next26

uncomparable.fail25:                              ; preds = %ifaceeq.values22
  %171 = icmp eq ptr %167, null
  %172 = getelementptr i8, ptr %167, i64 -16
  %173 = select i1 %171, ptr @.nilname.15, ptr %172
  %174 = load { ptr, i64 }, ptr %173, align 8
  %175 = extractvalue { ptr, i64 } %174, 0
  %176 = extractvalue { ptr, i64 } %174, 1
  %177 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %175, i64 %176)
  %178 = call ptr @llgo_alloc(i64 16)
  store { ptr, i64 } %177, ptr %178, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %178)
  unreachable

uncomparable.next26:                              ; preds = %ifaceeq.values22
  %179 = getelementptr i8, ptr %167, i64 23
  %180 = load i8, ptr %179, align 1
  %181 = and i8 %180, 32
  %182 = icmp ne i8 %181, 0
  %183 = icmp eq ptr %160, %161
  br i1 %182, label %ifaceeq.done24, label %ifaceeq.boxed23

ifaceeq.boxed23:                                  ; preds = %uncomparable.next26
  %184 = call i1 %169(ptr %160, ptr %161)
  br label %ifaceeq.done24

ifaceeq.done24:                                   ; preds = %ifaceeq.boxed23, %uncomparable.next26, %ifaceeq.done19
  %185 = phi i1 [ %162, %ifaceeq.done19 ], [ %183, %uncomparable.next26 ], [ %184, %ifaceeq.boxed23 ]
  %186 = extractvalue { ptr, ptr } %153, 0
  %187 = extractvalue { ptr, ptr } %157, 0
  %188 = extractvalue { ptr, ptr } %153, 1
  %189 = extractvalue { ptr, ptr } %157, 1
  %190 = icmp eq ptr %186, %187
  %191 = icmp eq ptr %186, null
  %192 = xor i1 %191, true
  %193 = and i1 %190, %192
  br i1 %193, label %ifaceeq.values27, label %ifaceeq.done29

ifaceeq.values27:                                 ; preds = %ifaceeq.done24
  %194 = getelementptr i8, ptr %186, i64 8
  %195 = load ptr, ptr %194, align 8
  %196 = getelementptr i8, ptr %195, i64 24
  %197 = load ptr, ptr %196, align 8
  %198 = icmp eq ptr %197, null
  br i1 %198, label %uncomparable.fail30, label %uncomparable.next31

uncomparable.fail30:                              ; preds = %ifaceeq.values27
  %199 = icmp eq ptr %195, null
  %200 = getelementptr i8, ptr %195, i64 -16
  %201 = select i1 %199, ptr @.nilname.16, ptr %200
  %202 = load { ptr, i64 }, ptr %201, align 8
  %203 = extractvalue { ptr, i64 } %202, 0
  %204 = extractvalue { ptr, i64 } %202, 1
  %205 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %203, i64 %204)
  %206 = call ptr @llgo_alloc(i64 16)
  store { ptr, i64 } %205, ptr %206, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %206)
  unreachable

uncomparable.next31:                              ; preds = %ifaceeq.values27
  %207 = getelementptr i8, ptr %195, i64 23
  %208 = load i8, ptr %207, align 1
  %209 = and i8 %208, 32
  %210 = icmp ne i8 %209, 0
  %211 = icmp eq ptr %188, %189
  br i1 %210, label %ifaceeq.done29, label %ifaceeq.boxed28

ifaceeq.boxed28:                                  ; preds = %uncomparable.next31
  %212 = call i1 %197(ptr %188, ptr %189)
  br label %ifaceeq.done29

ifaceeq.done29:                                   ; preds = %ifaceeq.boxed28, %uncomparable.next31, %ifaceeq.done24
  %213 = phi i1 [ %190, %ifaceeq.done24 ], [ %211, %uncomparable.next31 ], [ %212, %ifaceeq.boxed28 ]
  %214 = extractvalue { ptr, ptr } %153, 0
  %215 = icmp eq ptr %214, null
  %216 = xor i1 %215, true
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %185)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %213)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %216)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %217 = call ptr @llgo_alloc(i64 8)
  %218 = getelementptr [1 x i64], ptr %217, i64 0, i64 0
  store i64 1, ptr %218, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %ifaceeq.done29
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %ifaceeq.done29
  %219 = getelementptr i64, ptr %217, i64 0
  %220 = insertvalue { ptr, i64, i64 } undef, ptr %219, 0
  %221 = insertvalue { ptr, i64, i64 } %220, i64 1, 1
  %222 = insertvalue { ptr, i64, i64 } %221, i64 1, 2
  %223 = call ptr @llgo_alloc(i64 24)
  store { ptr, i64, i64 } %222, ptr %223, align 8
  %224 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), ptr undef }, ptr %223, 1
  %225 = extractvalue { ptr, ptr } %224, 0
  %226 = extractvalue { ptr, ptr } %224, 0
  %227 = extractvalue { ptr, ptr } %224, 1
  %228 = extractvalue { ptr, ptr } %224, 1
  %229 = icmp eq ptr %225, %226
  %230 = icmp eq ptr %225, null
  %231 = xor i1 %230, true
  %232 = and i1 %229, %231
  br i1 %232, label %ifaceeq.values32, label %ifaceeq.done34

ifaceeq.values32:                                 ; preds = %slice.next
  %233 = getelementptr i8, ptr %225, i64 24
  %234 = load ptr, ptr %233, align 8
  %235 = icmp eq ptr %234, null
  br i1 %235, label %uncomparable.fail35, label %uncomparable.next36

uncomparable.fail35:                              ; preds = %ifaceeq.values32
  %236 = icmp eq ptr %225, null
  %237 = getelementptr i8, ptr %225, i64 -16
  %238 = select i1 %236, ptr @.nilname.18, ptr %237
  %239 = load { ptr, i64 }, ptr %238, align 8
  %240 = extractvalue { ptr, i64 } %239, 0
  %241 = extractvalue { ptr, i64 } %239, 1
  %242 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %240, i64 %241)
  %243 = call ptr @llgo_alloc(i64 16)
  store { ptr, i64 } %242, ptr %243, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %243)
  unreachable

uncomparable.next36:                              ; preds = %ifaceeq.values32
  %244 = getelementptr i8, ptr %225, i64 23
  %245 = load i8, ptr %244, align 1
  %246 = and i8 %245, 32
  %247 = icmp ne i8 %246, 0
  %248 = icmp eq ptr %227, %228
  br i1 %247, label %ifaceeq.done34, label %ifaceeq.boxed33

ifaceeq.boxed33:                                  ; preds = %uncomparable.next36
  %249 = call i1 %234(ptr %227, ptr %228)
  br label %ifaceeq.done34

ifaceeq.done34:                                   ; preds = %ifaceeq.boxed33, %uncomparable.next36, %slice.next
  %250 = phi i1 [ %229, %slice.next ], [ %248, %uncomparable.next36 ], [ %249, %ifaceeq.boxed33 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %250)
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

declare ptr @llgo_alloc(i64)

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
  %8 = icmp eq ptr %4, %5
  %9 = icmp eq ptr %4, null
  %10 = xor i1 %9, true
  %11 = and i1 %8, %10
  br i1 %11, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %entry
  %12 = getelementptr i8, ptr %4, i64 8
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr i8, ptr %13, i64 24
  %15 = load ptr, ptr %14, align 8
  %16 = icmp eq ptr %15, null
  br i1 %16, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  %17 = icmp eq ptr %13, null
  %18 = getelementptr i8, ptr %13, i64 -16
  %19 = select i1 %17, ptr @.nilname.14, ptr %18
  %20 = load { ptr, i64 }, ptr %19, align 8
  %21 = extractvalue { ptr, i64 } %20, 0
  %22 = extractvalue { ptr, i64 } %20, 1
  %23 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.7, i64 43, ptr %21, i64 %22)
  %24 = call ptr @llgo_alloc(i64 16)
  store { ptr, i64 } %23, ptr %24, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %24)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %25 = getelementptr i8, ptr %13, i64 23
  %26 = load i8, ptr %25, align 1
  %27 = and i8 %26, 32
  %28 = icmp ne i8 %27, 0
  %29 = icmp eq ptr %6, %7
  br i1 %28, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %30 = call i1 %15(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %31 = phi i1 [ %8, %entry ], [ %29, %uncomparable.next ], [ %30, %ifaceeq.boxed ]
  ret i1 %31
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

attributes #0 = { noreturn }
