; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Outer = type { { ptr, i64 }, %main.Inner, [3 x i64], ptr, { ptr, i64, i64 } }
%main.Inner = type { i8, i8, i1 }

@.str = private unnamed_addr constant [1 x i8] c"o", align 1
@"type:main.Outer" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.1, i64 10 }, i64 80, i64 64, i32 50089377, i8 1, i8 8, i8 8, i8 25, ptr null, ptr @"gcbits:c1", i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 0, i32 0, ptr @.methods }, align 8
@.str.1 = private unnamed_addr constant [10 x i8] c"main.Outer", align 1
@"gcbits:c1" = linkonce_odr constant [1 x i8] c"\C1"
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.2, i64 4 }, align 8
@.str.2 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"total", align 1
@"type:func() int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.4, i64 10 }, i64 16, i64 16, i32 -895306499, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [10 x i8] c"func() int", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.3, i64 5 }, ptr @"pkgpath:main", ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Outer.total$ptr" }], align 8
@"type:[2]main.Inner" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[2]main.Inner", { ptr, i64 } { ptr @.str.5, i64 13 }, i64 6, i64 0, i32 2137276304, i8 0, i8 1, i8 1, i8 17, ptr @"eq:[2]main.Inner", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.Inner", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]main.Inner", i64 24), i64 2 }, align 8
@.str.5 = private unnamed_addr constant [13 x i8] c"[2]main.Inner", align 1
@"type:main.Inner" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.Inner", { ptr, i64 } { ptr @.str.6, i64 10 }, i64 3, i64 0, i32 1361680018, i8 0, i8 1, i8 1, i8 25, ptr @"eq:main.Inner", ptr null, i32 0, i32 0 }, align 8
@.str.6 = private unnamed_addr constant [10 x i8] c"main.Inner", align 1
@"type:[]main.Inner" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.7, i64 12 }, i64 24, i64 8, i32 1105466866, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.Inner", i64 24) }, align 8
@.str.7 = private unnamed_addr constant [12 x i8] c"[]main.Inner", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:[4]string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[4]string", { ptr, i64 } { ptr @.str.8, i64 9 }, i64 64, i64 56, i32 -650342472, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[4]string", ptr @"gcbits:55", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]string", i64 24), i64 4 }, align 8
@.str.8 = private unnamed_addr constant [9 x i8] c"[4]string", align 1
@"gcbits:55" = linkonce_odr constant [1 x i8] c"U"
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.9, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.9 = private unnamed_addr constant [6 x i8] c"string", align 1
@"type:[]string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.10, i64 8 }, i64 24, i64 8, i32 1809559048, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24) }, align 8
@.str.10 = private unnamed_addr constant [8 x i8] c"[]string", align 1
@.str.11 = private unnamed_addr constant [1 x i8] c"x", align 1
@.str.12 = private unnamed_addr constant [1 x i8] c"y", align 1

define i64 @main.Outer.total(%main.Outer %o, ptr %context) {
entry:
  %o1 = alloca %main.Outer, align 8
  %rangearray = alloca [3 x i64], align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Outer zeroinitializer, ptr %o1, align 8
  store %main.Outer %o, ptr %o1, align 8
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
  %complit3 = alloca %main.Inner, align 8
  %append = alloca { ptr, i64, i64 }, align 8
  %complit10 = alloca [4 x { ptr, i64 }], align 8
  %complit11 = alloca %main.Inner, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Outer zeroinitializer, ptr %complit, align 8
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
  %11 = load %main.Outer, ptr %complit, align 8
  %12 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Outer", i64 24))
  store %main.Outer %11, ptr %12, align 8
  %13 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 1
  %14 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 3
  store ptr %13, ptr %14, align 8
  %15 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 3
  %16 = load ptr, ptr %15, align 8
  %17 = icmp eq ptr %16, null
  br i1 %17, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %18 = getelementptr inbounds nuw %main.Inner, ptr %16, i32 0, i32 0
  store i8 5, ptr %18, align 1
  %19 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 4
  %20 = load { ptr, i64, i64 }, ptr %19, align 8
  %21 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 1
  %22 = load %main.Inner, ptr %21, align 1
  store %main.Inner zeroinitializer, ptr %complit3, align 1
  %23 = getelementptr inbounds nuw %main.Inner, ptr %complit3, i32 0, i32 0
  store i8 -1, ptr %23, align 1
  %24 = load %main.Inner, ptr %complit3, align 1
  %25 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[2]main.Inner", i64 24))
  %26 = getelementptr [2 x %main.Inner], ptr %25, i64 0, i64 0
  store %main.Inner %22, ptr %26, align 1
  %27 = getelementptr [2 x %main.Inner], ptr %25, i64 0, i64 1
  store %main.Inner %24, ptr %27, align 1
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %nilcheck.next
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %nilcheck.next
  %28 = getelementptr %main.Inner, ptr %25, i64 0
  %29 = insertvalue { ptr, i64, i64 } undef, ptr %28, 0
  %30 = insertvalue { ptr, i64, i64 } %29, i64 2, 1
  %31 = insertvalue { ptr, i64, i64 } %30, i64 2, 2
  %32 = extractvalue { ptr, i64, i64 } %31, 1
  %33 = extractvalue { ptr, i64, i64 } %20, 0
  %34 = extractvalue { ptr, i64, i64 } %20, 1
  %35 = extractvalue { ptr, i64, i64 } %20, 2
  %36 = add i64 %34, %32
  %37 = icmp ugt i64 %36, %35
  br i1 %37, label %append.grow, label %append.done

append.grow:                                      ; preds = %slice.next
  call void @llgo_growslice(ptr %append, ptr %33, i64 %34, i64 %35, i64 %36, ptr getelementptr inbounds (i8, ptr @"type:main.Inner", i64 24))
  %38 = load { ptr, i64, i64 }, ptr %append, align 8
  %39 = extractvalue { ptr, i64, i64 } %38, 0
  %40 = extractvalue { ptr, i64, i64 } %38, 2
  br label %append.done

append.done:                                      ; preds = %append.grow, %slice.next
  %41 = phi ptr [ %33, %slice.next ], [ %39, %append.grow ]
  %42 = phi i64 [ %35, %slice.next ], [ %40, %append.grow ]
  %43 = getelementptr %main.Inner, ptr %41, i64 %34
  %44 = extractvalue { ptr, i64, i64 } %31, 0
  %45 = call i64 @llgo_slicecopy(ptr %43, i64 %32, ptr %44, i64 %32, i64 3)
  %46 = insertvalue { ptr, i64, i64 } undef, ptr %41, 0
  %47 = insertvalue { ptr, i64, i64 } %46, i64 %36, 1
  %48 = insertvalue { ptr, i64, i64 } %47, i64 %42, 2
  %49 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 4
  store { ptr, i64, i64 } %48, ptr %49, align 8
  %50 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 2
  %51 = getelementptr [3 x i64], ptr %50, i64 0, i64 1
  %52 = load i64, ptr %51, align 8
  %53 = add i64 %52, 1
  store i64 %53, ptr %51, align 8
  %54 = load %main.Outer, ptr %12, align 8
  %55 = call i64 @main.Outer.total(%main.Outer %54, ptr null)
  %56 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 4
  %57 = load { ptr, i64, i64 }, ptr %56, align 8
  %58 = extractvalue { ptr, i64, i64 } %57, 1
  %59 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 0
  %60 = load { ptr, i64 }, ptr %59, align 8
  %61 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 1
  %62 = getelementptr inbounds nuw %main.Inner, ptr %61, i32 0, i32 0
  %63 = load i8, ptr %62, align 1
  %64 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 1
  %65 = getelementptr inbounds nuw %main.Inner, ptr %64, i32 0, i32 2
  %66 = load i1, ptr %65, align 1
  %67 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 4
  %68 = load { ptr, i64, i64 }, ptr %67, align 8
  %69 = extractvalue { ptr, i64, i64 } %68, 1
  %70 = icmp uge i64 1, %69
  br i1 %70, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %append.done
  call void @llgo_panicindex(i64 1, i64 %69)
  unreachable

bounds.next:                                      ; preds = %append.done
  %71 = extractvalue { ptr, i64, i64 } %68, 0
  %72 = getelementptr %main.Inner, ptr %71, i64 1
  %73 = getelementptr inbounds nuw %main.Inner, ptr %72, i32 0, i32 0
  %74 = load i8, ptr %73, align 1
  %75 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 2
  %76 = getelementptr [3 x i64], ptr %75, i64 0, i64 1
  %77 = load i64, ptr %76, align 8
  call void @llgo_printlock()
  %78 = extractvalue { ptr, i64 } %60, 0
  %79 = extractvalue { ptr, i64 } %60, 1
  call void @llgo_printstring(ptr %78, i64 %79)
  call void @llgo_printsp()
  %80 = sext i8 %63 to i64
  call void @llgo_printint(i64 %80)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %66)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %55)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %58)
  call void @llgo_printsp()
  %81 = sext i8 %74 to i64
  call void @llgo_printint(i64 %81)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %77)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %82 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[4]string", i64 24))
  %83 = getelementptr [4 x { ptr, i64 }], ptr %82, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %83, align 8
  %84 = getelementptr [4 x { ptr, i64 }], ptr %82, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %84, align 8
  br i1 false, label %slice.fail4, label %slice.next5

slice.fail4:                                      ; preds = %bounds.next
  call void @llgo_panicslicelen(i64 1, i64 4, i64 4)
  unreachable

slice.next5:                                      ; preds = %bounds.next
  %85 = getelementptr { ptr, i64 }, ptr %82, i64 1
  %86 = insertvalue { ptr, i64, i64 } undef, ptr %85, 0
  %87 = insertvalue { ptr, i64, i64 } %86, i64 3, 1
  %88 = insertvalue { ptr, i64, i64 } %87, i64 3, 2
  %89 = extractvalue { ptr, i64, i64 } %88, 1
  %90 = extractvalue { ptr, i64, i64 } %88, 1
  %91 = icmp uge i64 1, %90
  br i1 %91, label %bounds.fail6, label %bounds.next7

bounds.fail6:                                     ; preds = %slice.next5
  call void @llgo_panicindex(i64 1, i64 %90)
  unreachable

bounds.next7:                                     ; preds = %slice.next5
  %92 = extractvalue { ptr, i64, i64 } %88, 0
  %93 = getelementptr { ptr, i64 }, ptr %92, i64 1
  %94 = load { ptr, i64 }, ptr %93, align 8
  %95 = extractvalue { ptr, i64, i64 } %88, 1
  %96 = icmp uge i64 2, %95
  br i1 %96, label %bounds.fail8, label %bounds.next9

bounds.fail8:                                     ; preds = %bounds.next7
  call void @llgo_panicindex(i64 2, i64 %95)
  unreachable

bounds.next9:                                     ; preds = %bounds.next7
  %97 = extractvalue { ptr, i64, i64 } %88, 0
  %98 = getelementptr { ptr, i64 }, ptr %97, i64 2
  %99 = load { ptr, i64 }, ptr %98, align 8
  %100 = load [4 x { ptr, i64 }], ptr %82, align 8
  store [4 x { ptr, i64 }] zeroinitializer, ptr %complit10, align 8
  %101 = getelementptr [4 x { ptr, i64 }], ptr %complit10, i64 0, i64 0
  store { ptr, i64 } zeroinitializer, ptr %101, align 8
  %102 = getelementptr [4 x { ptr, i64 }], ptr %complit10, i64 0, i64 1
  store { ptr, i64 } zeroinitializer, ptr %102, align 8
  %103 = getelementptr [4 x { ptr, i64 }], ptr %complit10, i64 0, i64 2
  store { ptr, i64 } { ptr @.str.11, i64 1 }, ptr %103, align 8
  %104 = getelementptr [4 x { ptr, i64 }], ptr %complit10, i64 0, i64 3
  store { ptr, i64 } { ptr @.str.12, i64 1 }, ptr %104, align 8
  %105 = load [4 x { ptr, i64 }], ptr %complit10, align 8
  %106 = extractvalue [4 x { ptr, i64 }] %100, 0
  %107 = extractvalue [4 x { ptr, i64 }] %105, 0
  %108 = extractvalue { ptr, i64 } %106, 0
  %109 = extractvalue { ptr, i64 } %106, 1
  %110 = extractvalue { ptr, i64 } %107, 0
  %111 = extractvalue { ptr, i64 } %107, 1
  %112 = call i1 @llgo_eqstring(ptr %108, i64 %109, ptr %110, i64 %111)
  %113 = and i1 true, %112
  %114 = extractvalue [4 x { ptr, i64 }] %100, 1
  %115 = extractvalue [4 x { ptr, i64 }] %105, 1
  %116 = extractvalue { ptr, i64 } %114, 0
  %117 = extractvalue { ptr, i64 } %114, 1
  %118 = extractvalue { ptr, i64 } %115, 0
  %119 = extractvalue { ptr, i64 } %115, 1
  %120 = call i1 @llgo_eqstring(ptr %116, i64 %117, ptr %118, i64 %119)
  %121 = and i1 %113, %120
  %122 = extractvalue [4 x { ptr, i64 }] %100, 2
  %123 = extractvalue [4 x { ptr, i64 }] %105, 2
  %124 = extractvalue { ptr, i64 } %122, 0
  %125 = extractvalue { ptr, i64 } %122, 1
  %126 = extractvalue { ptr, i64 } %123, 0
  %127 = extractvalue { ptr, i64 } %123, 1
  %128 = call i1 @llgo_eqstring(ptr %124, i64 %125, ptr %126, i64 %127)
  %129 = and i1 %121, %128
  %130 = extractvalue [4 x { ptr, i64 }] %100, 3
  %131 = extractvalue [4 x { ptr, i64 }] %105, 3
  %132 = extractvalue { ptr, i64 } %130, 0
  %133 = extractvalue { ptr, i64 } %130, 1
  %134 = extractvalue { ptr, i64 } %131, 0
  %135 = extractvalue { ptr, i64 } %131, 1
  %136 = call i1 @llgo_eqstring(ptr %132, i64 %133, ptr %134, i64 %135)
  %137 = and i1 %129, %136
  %138 = getelementptr inbounds nuw %main.Outer, ptr %12, i32 0, i32 1
  %139 = load %main.Inner, ptr %138, align 1
  store %main.Inner zeroinitializer, ptr %complit11, align 1
  %140 = getelementptr inbounds nuw %main.Inner, ptr %complit11, i32 0, i32 0
  store i8 5, ptr %140, align 1
  %141 = getelementptr inbounds nuw %main.Inner, ptr %complit11, i32 0, i32 1
  store i8 2, ptr %141, align 1
  %142 = getelementptr inbounds nuw %main.Inner, ptr %complit11, i32 0, i32 2
  store i1 true, ptr %142, align 1
  %143 = load %main.Inner, ptr %complit11, align 1
  %144 = extractvalue %main.Inner %139, 0
  %145 = extractvalue %main.Inner %143, 0
  %146 = icmp eq i8 %144, %145
  %147 = and i1 true, %146
  %148 = extractvalue %main.Inner %139, 1
  %149 = extractvalue %main.Inner %143, 1
  %150 = icmp eq i8 %148, %149
  %151 = and i1 %147, %150
  %152 = extractvalue %main.Inner %139, 2
  %153 = extractvalue %main.Inner %143, 2
  %154 = icmp eq i1 %152, %153
  %155 = and i1 %151, %154
  call void @llgo_printlock()
  call void @llgo_printint(i64 %89)
  call void @llgo_printsp()
  %156 = extractvalue { ptr, i64 } %94, 0
  %157 = extractvalue { ptr, i64 } %94, 1
  call void @llgo_printstring(ptr %156, i64 %157)
  call void @llgo_printsp()
  %158 = extractvalue { ptr, i64 } %99, 0
  %159 = extractvalue { ptr, i64 } %99, 1
  call void @llgo_printstring(ptr %158, i64 %159)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %137)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %155)
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

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare ptr @llgo_newobject(ptr)

define linkonce_odr i64 @"main.Outer.total$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Outer, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Outer.total$ptr", ptr @main.Outer.total)
  %4 = call i64 @main.Outer.total(%main.Outer %3, ptr %1)
  ret i64 %4
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr i64 @"hash:[2]main.Inner"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr %main.Inner, ptr %0, i64 %i
  %3 = call i64 @"hash:main.Inner"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 2
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i64 @"hash:main.Inner"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.Inner, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int8"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.Inner, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int8"(ptr %4, i64 %3)
  %6 = getelementptr inbounds nuw %main.Inner, ptr %0, i32 0, i32 2
  %7 = call i64 @"hash:bool"(ptr %6, i64 %5)
  ret i64 %7
}

define linkonce_odr i64 @"hash:int8"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i64 @"hash:bool"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:[2]main.Inner"(ptr %0, ptr %1) {
entry:
  %2 = load [2 x %main.Inner], ptr %0, align 1
  %3 = load [2 x %main.Inner], ptr %1, align 1
  %4 = extractvalue [2 x %main.Inner] %2, 0
  %5 = extractvalue [2 x %main.Inner] %3, 0
  %6 = extractvalue %main.Inner %4, 0
  %7 = extractvalue %main.Inner %5, 0
  %8 = icmp eq i8 %6, %7
  %9 = and i1 true, %8
  %10 = extractvalue %main.Inner %4, 1
  %11 = extractvalue %main.Inner %5, 1
  %12 = icmp eq i8 %10, %11
  %13 = and i1 %9, %12
  %14 = extractvalue %main.Inner %4, 2
  %15 = extractvalue %main.Inner %5, 2
  %16 = icmp eq i1 %14, %15
  %17 = and i1 %13, %16
  %18 = and i1 true, %17
  %19 = extractvalue [2 x %main.Inner] %2, 1
  %20 = extractvalue [2 x %main.Inner] %3, 1
  %21 = extractvalue %main.Inner %19, 0
  %22 = extractvalue %main.Inner %20, 0
  %23 = icmp eq i8 %21, %22
  %24 = and i1 true, %23
  %25 = extractvalue %main.Inner %19, 1
  %26 = extractvalue %main.Inner %20, 1
  %27 = icmp eq i8 %25, %26
  %28 = and i1 %24, %27
  %29 = extractvalue %main.Inner %19, 2
  %30 = extractvalue %main.Inner %20, 2
  %31 = icmp eq i1 %29, %30
  %32 = and i1 %28, %31
  %33 = and i1 %18, %32
  ret i1 %33
}

define linkonce_odr i1 @"eq:main.Inner"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Inner, ptr %0, align 1
  %3 = load %main.Inner, ptr %1, align 1
  %4 = extractvalue %main.Inner %2, 0
  %5 = extractvalue %main.Inner %3, 0
  %6 = icmp eq i8 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.Inner %2, 1
  %9 = extractvalue %main.Inner %3, 1
  %10 = icmp eq i8 %8, %9
  %11 = and i1 %7, %10
  %12 = extractvalue %main.Inner %2, 2
  %13 = extractvalue %main.Inner %3, 2
  %14 = icmp eq i1 %12, %13
  %15 = and i1 %11, %14
  ret i1 %15
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare void @llgo_growslice(ptr, ptr, i64, i64, i64, ptr)

declare i64 @llgo_slicecopy(ptr, i64, ptr, i64, i64)

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printint(i64)

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i64 @"hash:[4]string"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr { ptr, i64 }, ptr %0, i64 %i
  %3 = call i64 @"hash:string"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 4
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i64 @"hash:string"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_strhash(ptr, i64)

define linkonce_odr i1 @"eq:[4]string"(ptr %0, ptr %1) {
entry:
  %2 = load [4 x { ptr, i64 }], ptr %0, align 8
  %3 = load [4 x { ptr, i64 }], ptr %1, align 8
  %4 = extractvalue [4 x { ptr, i64 }] %2, 0
  %5 = extractvalue [4 x { ptr, i64 }] %3, 0
  %6 = extractvalue { ptr, i64 } %4, 0
  %7 = extractvalue { ptr, i64 } %4, 1
  %8 = extractvalue { ptr, i64 } %5, 0
  %9 = extractvalue { ptr, i64 } %5, 1
  %10 = call i1 @llgo_eqstring(ptr %6, i64 %7, ptr %8, i64 %9)
  %11 = and i1 true, %10
  %12 = extractvalue [4 x { ptr, i64 }] %2, 1
  %13 = extractvalue [4 x { ptr, i64 }] %3, 1
  %14 = extractvalue { ptr, i64 } %12, 0
  %15 = extractvalue { ptr, i64 } %12, 1
  %16 = extractvalue { ptr, i64 } %13, 0
  %17 = extractvalue { ptr, i64 } %13, 1
  %18 = call i1 @llgo_eqstring(ptr %14, i64 %15, ptr %16, i64 %17)
  %19 = and i1 %11, %18
  %20 = extractvalue [4 x { ptr, i64 }] %2, 2
  %21 = extractvalue [4 x { ptr, i64 }] %3, 2
  %22 = extractvalue { ptr, i64 } %20, 0
  %23 = extractvalue { ptr, i64 } %20, 1
  %24 = extractvalue { ptr, i64 } %21, 0
  %25 = extractvalue { ptr, i64 } %21, 1
  %26 = call i1 @llgo_eqstring(ptr %22, i64 %23, ptr %24, i64 %25)
  %27 = and i1 %19, %26
  %28 = extractvalue [4 x { ptr, i64 }] %2, 3
  %29 = extractvalue [4 x { ptr, i64 }] %3, 3
  %30 = extractvalue { ptr, i64 } %28, 0
  %31 = extractvalue { ptr, i64 } %28, 1
  %32 = extractvalue { ptr, i64 } %29, 0
  %33 = extractvalue { ptr, i64 } %29, 1
  %34 = call i1 @llgo_eqstring(ptr %30, i64 %31, ptr %32, i64 %33)
  %35 = and i1 %27, %34
  ret i1 %35
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

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

declare void @llgo_printfloat(double)

declare void @llgo_printcomplex(double, double)

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
