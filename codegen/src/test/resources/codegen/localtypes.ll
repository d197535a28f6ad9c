; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"main.T\C2\B71" = type { i8 }
%"main.T\C2\B72" = type { i64, i64, i64, i64, { ptr, i64 } }

@"type:map[string]main.T\C2\B71" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str, i64 17 }, i64 8, i64 8, i32 112734501, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24), ptr null, ptr @"hash:string", i8 16, i8 1, i16 0, i32 12 }, align 8
@.str = private unnamed_addr constant [17 x i8] c"map[string]main.T", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.1, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"string", align 1
@"type:main.T\C2\B71" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.T\C2\B71", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 1, i64 0, i32 1689956556, i8 0, i8 1, i8 1, i8 25, ptr @"eq:main.T\C2\B71", ptr null, i32 0, i32 0 }, align 8
@.str.2 = private unnamed_addr constant [6 x i8] c"main.T", align 1
@.str.3 = private unnamed_addr constant [1 x i8] c"x", align 1
@"type:[2]main.T\C2\B71" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[2]main.T\C2\B71", { ptr, i64 } { ptr @.str.4, i64 9 }, i64 2, i64 0, i32 -88220670, i8 0, i8 1, i8 1, i8 17, ptr @"eq:[2]main.T\C2\B71", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]main.T\C2\B71", i64 24), i64 2 }, align 8
@.str.4 = private unnamed_addr constant [9 x i8] c"[2]main.T", align 1
@"type:[]main.T\C2\B71" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.5, i64 8 }, i64 24, i64 8, i32 1526843628, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24) }, align 8
@.str.5 = private unnamed_addr constant [8 x i8] c"[]main.T", align 1
@"zero:main.T\C2\B71" = private constant %"main.T\C2\B71" zeroinitializer, align 8
@.str.6 = private unnamed_addr constant [1 x i8] c"y", align 1
@"type:map[string]main.T\C2\B72" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str, i64 17 }, i64 8, i64 8, i32 62401644, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B72", i64 24), ptr null, ptr @"hash:string", i8 16, i8 48, i16 0, i32 12 }, align 8
@"type:main.T\C2\B72" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.T\C2\B72", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 48, i64 40, i32 1740289413, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.T\C2\B72", ptr @"gcbits:10", i32 0, i32 0 }, align 8
@"gcbits:10" = linkonce_odr constant [1 x i8] c"\10"
@.str.7 = private unnamed_addr constant [4 x i8] c"four", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"six", align 1
@"type:[2]main.T\C2\B72" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[2]main.T\C2\B72", { ptr, i64 } { ptr @.str.4, i64 9 }, i64 96, i64 88, i32 -104998289, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[2]main.T\C2\B72", ptr @"gcbits:1004", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B72", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]main.T\C2\B72", i64 24), i64 2 }, align 8
@"gcbits:1004" = linkonce_odr constant [2 x i8] c"\10\04"
@"type:[]main.T\C2\B72" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.5, i64 8 }, i64 24, i64 8, i32 1577176485, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B72", i64 24) }, align 8
@.str.9 = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.10 = private unnamed_addr constant [1 x i8] c"b", align 1
@"zero:main.T\C2\B72" = private constant %"main.T\C2\B72" zeroinitializer, align 8
@.str.11 = private unnamed_addr constant [4 x i8] c"five", align 1
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.12, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str.12 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@"type:main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.T", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 8, i64 0, i32 -1945194078, i8 0, i8 8, i8 8, i8 2, ptr @"eq:main.T", ptr null, i32 0, i32 0 }, align 8
@"type:map[interface{}]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str.13, i64 20 }, i64 8, i64 8, i32 797816425, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:interface{}", i8 16, i8 8, i16 0, i32 24 }, align 8
@.str.13 = private unnamed_addr constant [20 x i8] c"map[interface {}]int", align 1
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.14, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.14 = private unnamed_addr constant [3 x i8] c"int", align 1
@"zero:int" = private constant i64 0, align 8
@"type:main.T\C2\B73" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:main.T\C2\B73", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 24, i64 0, i32 1723511794, i8 0, i8 8, i8 8, i8 17, ptr @"eq:main.T\C2\B73", ptr null, i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]int", i64 24), i64 3 }, align 8
@"type:[]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.15, i64 5 }, i64 24, i64 8, i32 34199950, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:int", i64 24) }, align 8
@.str.15 = private unnamed_addr constant [5 x i8] c"[]int", align 1

define { ptr, ptr } @main.small(ptr %context) {
entry:
  %complit = alloca %"main.T\C2\B71", align 8
  %mapkey = alloca { ptr, i64 }, align 8
  %complit1 = alloca %"main.T\C2\B71", align 8
  %complit2 = alloca %"main.T\C2\B71", align 8
  %complit3 = alloca %"main.T\C2\B71", align 8
  %mapkey4 = alloca { ptr, i64 }, align 8
  %mapkey5 = alloca { ptr, i64 }, align 8
  %complit6 = alloca %"main.T\C2\B71", align 8
  %complit7 = alloca %"main.T\C2\B71", align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B71", i64 24), i64 0)
  store %"main.T\C2\B71" zeroinitializer, ptr %complit, align 1
  %1 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit, i32 0, i32 0
  store i8 7, ptr %1, align 1
  %2 = load %"main.T\C2\B71", ptr %complit, align 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %mapkey, align 8
  %3 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B71", i64 24), ptr %0, ptr %mapkey)
  store %"main.T\C2\B71" %2, ptr %3, align 1
  %4 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[2]main.T\C2\B71", i64 24))
  store %"main.T\C2\B71" zeroinitializer, ptr %complit1, align 1
  %5 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit1, i32 0, i32 0
  store i8 1, ptr %5, align 1
  %6 = load %"main.T\C2\B71", ptr %complit1, align 1
  %7 = getelementptr [2 x %"main.T\C2\B71"], ptr %4, i64 0, i64 0
  store %"main.T\C2\B71" %6, ptr %7, align 1
  store %"main.T\C2\B71" zeroinitializer, ptr %complit2, align 1
  %8 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit2, i32 0, i32 0
  store i8 2, ptr %8, align 1
  %9 = load %"main.T\C2\B71", ptr %complit2, align 1
  %10 = getelementptr [2 x %"main.T\C2\B71"], ptr %4, i64 0, i64 1
  store %"main.T\C2\B71" %9, ptr %10, align 1
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %11 = getelementptr %"main.T\C2\B71", ptr %4, i64 0
  %12 = insertvalue { ptr, i64, i64 } undef, ptr %11, 0
  %13 = insertvalue { ptr, i64, i64 } %12, i64 2, 1
  %14 = insertvalue { ptr, i64, i64 } %13, i64 2, 2
  store %"main.T\C2\B71" zeroinitializer, ptr %complit3, align 1
  %15 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit3, i32 0, i32 0
  store i8 3, ptr %15, align 1
  %16 = load %"main.T\C2\B71", ptr %complit3, align 1
  %17 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24))
  store %"main.T\C2\B71" %16, ptr %17, align 1
  %18 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24), ptr undef }, ptr %17, 1
  %19 = extractvalue { ptr, i64, i64 } %14, 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %mapkey4, align 8
  %20 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B71", i64 24), ptr %0, ptr %mapkey4)
  %21 = icmp ne ptr %20, null
  %22 = select i1 %21, ptr %20, ptr @"zero:main.T\C2\B71"
  %23 = load %"main.T\C2\B71", ptr %22, align 1
  %24 = extractvalue %"main.T\C2\B71" %23, 0
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey5, align 8
  %25 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B71", i64 24), ptr %0, ptr %mapkey5)
  %26 = icmp ne ptr %25, null
  %27 = select i1 %26, ptr %25, ptr @"zero:main.T\C2\B71"
  %28 = load %"main.T\C2\B71", ptr %27, align 1
  %29 = extractvalue %"main.T\C2\B71" %28, 0
  %30 = extractvalue { ptr, i64, i64 } %14, 1
  %31 = icmp uge i64 1, %30
  br i1 %31, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %slice.next
  call void @llgo_panicindex(i64 1, i64 %30)
  unreachable

bounds.next:                                      ; preds = %slice.next
  %32 = extractvalue { ptr, i64, i64 } %14, 0
  %33 = getelementptr %"main.T\C2\B71", ptr %32, i64 1
  %34 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %33, i32 0, i32 0
  %35 = load i8, ptr %34, align 1
  store %"main.T\C2\B71" zeroinitializer, ptr %complit6, align 1
  %36 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit6, i32 0, i32 0
  store i8 3, ptr %36, align 1
  %37 = load %"main.T\C2\B71", ptr %complit6, align 1
  %38 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24))
  store %"main.T\C2\B71" %37, ptr %38, align 1
  %39 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24), ptr undef }, ptr %38, 1
  %40 = extractvalue { ptr, ptr } %18, 0
  %41 = extractvalue { ptr, ptr } %39, 0
  %42 = extractvalue { ptr, ptr } %18, 1
  %43 = extractvalue { ptr, ptr } %39, 1
  %44 = icmp eq ptr %40, %41
  %45 = icmp eq ptr %40, null
  %46 = xor i1 %45, true
  %47 = and i1 %44, %46
  br i1 %47, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %bounds.next
  %48 = getelementptr i8, ptr %40, i64 24
  %49 = load ptr, ptr %48, align 8
  %50 = icmp eq ptr %49, null
  br i1 %50, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %40)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %51 = getelementptr i8, ptr %40, i64 23
  %52 = load i8, ptr %51, align 1
  %53 = and i8 %52, 32
  %54 = icmp ne i8 %53, 0
  %55 = icmp eq ptr %42, %43
  br i1 %54, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %56 = call i1 %49(ptr %42, ptr %43)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %bounds.next
  %57 = phi i1 [ %44, %bounds.next ], [ %55, %uncomparable.next ], [ %56, %ifaceeq.boxed ]
  call void @llgo_printlock()
  %58 = sext i8 %24 to i64
  call void @llgo_printint(i64 %58)
  call void @llgo_printsp()
  %59 = sext i8 %29 to i64
  call void @llgo_printint(i64 %59)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %19)
  call void @llgo_printsp()
  %60 = sext i8 %35 to i64
  call void @llgo_printint(i64 %60)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %57)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %"main.T\C2\B71" zeroinitializer, ptr %complit7, align 1
  %61 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %complit7, i32 0, i32 0
  store i8 5, ptr %61, align 1
  %62 = load %"main.T\C2\B71", ptr %complit7, align 1
  %63 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24))
  store %"main.T\C2\B71" %62, ptr %63, align 1
  %64 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B71", i64 24), ptr undef }, ptr %63, 1
  ret { ptr, ptr } %64
}

define { ptr, ptr } @main.big(ptr %context) {
entry:
  %complit = alloca %"main.T\C2\B72", align 8
  %mapkey = alloca { ptr, i64 }, align 8
  %complit1 = alloca { %"main.T\C2\B72" }, align 8
  %complit2 = alloca %"main.T\C2\B72", align 8
  %w = alloca { %"main.T\C2\B72" }, align 8
  %complit3 = alloca %"main.T\C2\B72", align 8
  %complit4 = alloca %"main.T\C2\B72", align 8
  %mapkey5 = alloca { ptr, i64 }, align 8
  %mapkey6 = alloca { ptr, i64 }, align 8
  %mapkey7 = alloca { ptr, i64 }, align 8
  %mapkey8 = alloca { ptr, i64 }, align 8
  %complit9 = alloca %"main.T\C2\B72", align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), i64 0)
  store %"main.T\C2\B72" zeroinitializer, ptr %complit, align 8
  %1 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 0
  store i64 1, ptr %1, align 8
  %2 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 1
  store i64 2, ptr %2, align 8
  %3 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 2
  store i64 3, ptr %3, align 8
  %4 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 3
  store i64 4, ptr %4, align 8
  %5 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.7, i64 4 }, ptr %5, align 8
  %6 = load %"main.T\C2\B72", ptr %complit, align 8
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %mapkey, align 8
  %7 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), ptr %0, ptr %mapkey)
  store %"main.T\C2\B72" %6, ptr %7, align 8
  store { %"main.T\C2\B72" } zeroinitializer, ptr %complit1, align 8
  store %"main.T\C2\B72" zeroinitializer, ptr %complit2, align 8
  %8 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 0
  store i64 9, ptr %8, align 8
  %9 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 1
  store i64 8, ptr %9, align 8
  %10 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 2
  store i64 7, ptr %10, align 8
  %11 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 3
  store i64 6, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit2, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.8, i64 3 }, ptr %12, align 8
  %13 = load %"main.T\C2\B72", ptr %complit2, align 8
  %14 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %complit1, i32 0, i32 0
  store %"main.T\C2\B72" %13, ptr %14, align 8
  %15 = load { %"main.T\C2\B72" }, ptr %complit1, align 8
  store { %"main.T\C2\B72" } zeroinitializer, ptr %w, align 8
  store { %"main.T\C2\B72" } %15, ptr %w, align 8
  %16 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[2]main.T\C2\B72", i64 24))
  store %"main.T\C2\B72" zeroinitializer, ptr %complit3, align 8
  %17 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 0
  store i64 1, ptr %17, align 8
  %18 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 1
  store i64 1, ptr %18, align 8
  %19 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 2
  store i64 1, ptr %19, align 8
  %20 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 3
  store i64 1, ptr %20, align 8
  %21 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit3, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.9, i64 1 }, ptr %21, align 8
  %22 = load %"main.T\C2\B72", ptr %complit3, align 8
  %23 = getelementptr [2 x %"main.T\C2\B72"], ptr %16, i64 0, i64 0
  store %"main.T\C2\B72" %22, ptr %23, align 8
  store %"main.T\C2\B72" zeroinitializer, ptr %complit4, align 8
  %24 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 0
  store i64 2, ptr %24, align 8
  %25 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 1
  store i64 2, ptr %25, align 8
  %26 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 2
  store i64 2, ptr %26, align 8
  %27 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 3
  store i64 2, ptr %27, align 8
  %28 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit4, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.10, i64 1 }, ptr %28, align 8
  %29 = load %"main.T\C2\B72", ptr %complit4, align 8
  %30 = getelementptr [2 x %"main.T\C2\B72"], ptr %16, i64 0, i64 1
  store %"main.T\C2\B72" %29, ptr %30, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %31 = getelementptr %"main.T\C2\B72", ptr %16, i64 0
  %32 = insertvalue { ptr, i64, i64 } undef, ptr %31, 0
  %33 = insertvalue { ptr, i64, i64 } %32, i64 2, 1
  %34 = insertvalue { ptr, i64, i64 } %33, i64 2, 2
  %35 = extractvalue { ptr, i64, i64 } %34, 1
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %mapkey5, align 8
  %36 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), ptr %0, ptr %mapkey5)
  %37 = icmp ne ptr %36, null
  %38 = select i1 %37, ptr %36, ptr @"zero:main.T\C2\B72"
  %39 = load %"main.T\C2\B72", ptr %38, align 8
  %40 = extractvalue %"main.T\C2\B72" %39, 3
  store { ptr, i64 } { ptr @.str.3, i64 1 }, ptr %mapkey6, align 8
  %41 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), ptr %0, ptr %mapkey6)
  %42 = icmp ne ptr %41, null
  %43 = select i1 %42, ptr %41, ptr @"zero:main.T\C2\B72"
  %44 = load %"main.T\C2\B72", ptr %43, align 8
  %45 = extractvalue %"main.T\C2\B72" %44, 4
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey7, align 8
  %46 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), ptr %0, ptr %mapkey7)
  %47 = icmp ne ptr %46, null
  %48 = select i1 %47, ptr %46, ptr @"zero:main.T\C2\B72"
  %49 = load %"main.T\C2\B72", ptr %48, align 8
  %50 = extractvalue %"main.T\C2\B72" %49, 3
  store { ptr, i64 } { ptr @.str.6, i64 1 }, ptr %mapkey8, align 8
  %51 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[string]main.T\C2\B72", i64 24), ptr %0, ptr %mapkey8)
  %52 = icmp ne ptr %51, null
  %53 = select i1 %52, ptr %51, ptr @"zero:main.T\C2\B72"
  %54 = load %"main.T\C2\B72", ptr %53, align 8
  %55 = extractvalue %"main.T\C2\B72" %54, 4
  %56 = extractvalue { ptr, i64 } %55, 0
  %57 = extractvalue { ptr, i64 } %55, 1
  %58 = call i1 @llgo_eqstring(ptr %56, i64 %57, ptr null, i64 0)
  %59 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %w, i32 0, i32 0
  %60 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %59, i32 0, i32 0
  %61 = load i64, ptr %60, align 8
  %62 = getelementptr inbounds nuw { %"main.T\C2\B72" }, ptr %w, i32 0, i32 0
  %63 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %62, i32 0, i32 4
  %64 = load { ptr, i64 }, ptr %63, align 8
  %65 = extractvalue { ptr, i64, i64 } %34, 1
  %66 = icmp uge i64 1, %65
  br i1 %66, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %slice.next
  call void @llgo_panicindex(i64 1, i64 %65)
  unreachable

bounds.next:                                      ; preds = %slice.next
  %67 = extractvalue { ptr, i64, i64 } %34, 0
  %68 = getelementptr %"main.T\C2\B72", ptr %67, i64 1
  %69 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %68, i32 0, i32 4
  %70 = load { ptr, i64 }, ptr %69, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %40)
  call void @llgo_printsp()
  %71 = extractvalue { ptr, i64 } %45, 0
  %72 = extractvalue { ptr, i64 } %45, 1
  call void @llgo_printstring(ptr %71, i64 %72)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %50)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %58)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %61)
  call void @llgo_printsp()
  %73 = extractvalue { ptr, i64 } %64, 0
  %74 = extractvalue { ptr, i64 } %64, 1
  call void @llgo_printstring(ptr %73, i64 %74)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %35)
  call void @llgo_printsp()
  %75 = extractvalue { ptr, i64 } %70, 0
  %76 = extractvalue { ptr, i64 } %70, 1
  call void @llgo_printstring(ptr %75, i64 %76)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %"main.T\C2\B72" zeroinitializer, ptr %complit9, align 8
  %77 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 0
  store i64 5, ptr %77, align 8
  %78 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 1
  store i64 5, ptr %78, align 8
  %79 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 2
  store i64 5, ptr %79, align 8
  %80 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 3
  store i64 5, ptr %80, align 8
  %81 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %complit9, i32 0, i32 4
  store { ptr, i64 } { ptr @.str.11, i64 4 }, ptr %81, align 8
  %82 = load %"main.T\C2\B72", ptr %complit9, align 8
  %83 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B72", i64 24))
  store %"main.T\C2\B72" %82, ptr %83, align 8
  %84 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B72", i64 24), ptr undef }, ptr %83, 1
  ret { ptr, ptr } %84
}

define void @main.main(ptr %context) {
entry:
  %mapkey = alloca { ptr, ptr }, align 8
  %mapkey21 = alloca { ptr, ptr }, align 8
  %mapkey22 = alloca { ptr, ptr }, align 8
  %mapkey23 = alloca { ptr, ptr }, align 8
  %mapkey24 = alloca { ptr, ptr }, align 8
  %mapkey25 = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call { ptr, ptr } @main.small(ptr null)
  %1 = call { ptr, ptr } @main.big(ptr null)
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
  %3 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24))
  store i64 3, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24), ptr undef }, ptr %3, 1
  store { ptr, ptr } %4, ptr %2, align 8
  %5 = extractvalue { ptr, ptr } %0, 0
  %6 = extractvalue { ptr, ptr } %1, 0
  %7 = extractvalue { ptr, ptr } %0, 1
  %8 = extractvalue { ptr, ptr } %1, 1
  %9 = icmp eq ptr %5, %6
  %10 = icmp eq ptr %5, null
  %11 = xor i1 %10, true
  %12 = and i1 %9, %11
  br i1 %12, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
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
  %21 = call i1 %14(ptr %7, ptr %8)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %22 = phi i1 [ %9, %"0.entry" ], [ %20, %uncomparable.next ], [ %21, %ifaceeq.boxed ]
  %23 = extractvalue { ptr, ptr } %0, 0
  %24 = extractvalue { ptr, ptr } %0, 0
  %25 = extractvalue { ptr, ptr } %0, 1
  %26 = extractvalue { ptr, ptr } %0, 1
  %27 = icmp eq ptr %23, %24
  %28 = icmp eq ptr %23, null
  %29 = xor i1 %28, true
  %30 = and i1 %27, %29
  br i1 %30, label %ifaceeq.values1, label %ifaceeq.done3

ifaceeq.values1:                                  ; preds = %ifaceeq.done
  %31 = getelementptr i8, ptr %23, i64 24
  %32 = load ptr, ptr %31, align 8
  %33 = icmp eq ptr %32, null
  br i1 %33, label %uncomparable.fail4, label %uncomparable.next5

uncomparable.fail4:                               ; preds = %ifaceeq.values1
  call void @llgo_panicuncomparable(ptr %23)
  unreachable

uncomparable.next5:                               ; preds = %ifaceeq.values1
  %34 = getelementptr i8, ptr %23, i64 23
  %35 = load i8, ptr %34, align 1
  %36 = and i8 %35, 32
  %37 = icmp ne i8 %36, 0
  %38 = icmp eq ptr %25, %26
  br i1 %37, label %ifaceeq.done3, label %ifaceeq.boxed2

ifaceeq.boxed2:                                   ; preds = %uncomparable.next5
  %39 = call i1 %32(ptr %25, ptr %26)
  br label %ifaceeq.done3

ifaceeq.done3:                                    ; preds = %ifaceeq.boxed2, %uncomparable.next5, %ifaceeq.done
  %40 = phi i1 [ %27, %ifaceeq.done ], [ %38, %uncomparable.next5 ], [ %39, %ifaceeq.boxed2 ]
  %41 = extractvalue { ptr, ptr } %1, 0
  %42 = extractvalue { ptr, ptr } %1, 0
  %43 = extractvalue { ptr, ptr } %1, 1
  %44 = extractvalue { ptr, ptr } %1, 1
  %45 = icmp eq ptr %41, %42
  %46 = icmp eq ptr %41, null
  %47 = xor i1 %46, true
  %48 = and i1 %45, %47
  br i1 %48, label %ifaceeq.values6, label %ifaceeq.done8

ifaceeq.values6:                                  ; preds = %ifaceeq.done3
  %49 = getelementptr i8, ptr %41, i64 24
  %50 = load ptr, ptr %49, align 8
  %51 = icmp eq ptr %50, null
  br i1 %51, label %uncomparable.fail9, label %uncomparable.next10

uncomparable.fail9:                               ; preds = %ifaceeq.values6
  call void @llgo_panicuncomparable(ptr %41)
  unreachable

uncomparable.next10:                              ; preds = %ifaceeq.values6
  %52 = getelementptr i8, ptr %41, i64 23
  %53 = load i8, ptr %52, align 1
  %54 = and i8 %53, 32
  %55 = icmp ne i8 %54, 0
  %56 = icmp eq ptr %43, %44
  br i1 %55, label %ifaceeq.done8, label %ifaceeq.boxed7

ifaceeq.boxed7:                                   ; preds = %uncomparable.next10
  %57 = call i1 %50(ptr %43, ptr %44)
  br label %ifaceeq.done8

ifaceeq.done8:                                    ; preds = %ifaceeq.boxed7, %uncomparable.next10, %ifaceeq.done3
  %58 = phi i1 [ %45, %ifaceeq.done3 ], [ %56, %uncomparable.next10 ], [ %57, %ifaceeq.boxed7 ]
  %59 = load { ptr, ptr }, ptr %2, align 8
  %60 = load { ptr, ptr }, ptr %2, align 8
  %61 = extractvalue { ptr, ptr } %59, 0
  %62 = extractvalue { ptr, ptr } %60, 0
  %63 = extractvalue { ptr, ptr } %59, 1
  %64 = extractvalue { ptr, ptr } %60, 1
  %65 = icmp eq ptr %61, %62
  %66 = icmp eq ptr %61, null
  %67 = xor i1 %66, true
  %68 = and i1 %65, %67
  br i1 %68, label %ifaceeq.values11, label %ifaceeq.done13

ifaceeq.values11:                                 ; preds = %ifaceeq.done8
  %69 = getelementptr i8, ptr %61, i64 24
  %70 = load ptr, ptr %69, align 8
  %71 = icmp eq ptr %70, null
  br i1 %71, label %uncomparable.fail14, label %uncomparable.next15

uncomparable.fail14:                              ; preds = %ifaceeq.values11
  call void @llgo_panicuncomparable(ptr %61)
  unreachable

uncomparable.next15:                              ; preds = %ifaceeq.values11
  %72 = getelementptr i8, ptr %61, i64 23
  %73 = load i8, ptr %72, align 1
  %74 = and i8 %73, 32
  %75 = icmp ne i8 %74, 0
  %76 = icmp eq ptr %63, %64
  br i1 %75, label %ifaceeq.done13, label %ifaceeq.boxed12

ifaceeq.boxed12:                                  ; preds = %uncomparable.next15
  %77 = call i1 %70(ptr %63, ptr %64)
  br label %ifaceeq.done13

ifaceeq.done13:                                   ; preds = %ifaceeq.boxed12, %uncomparable.next15, %ifaceeq.done8
  %78 = phi i1 [ %65, %ifaceeq.done8 ], [ %76, %uncomparable.next15 ], [ %77, %ifaceeq.boxed12 ]
  %79 = load { ptr, ptr }, ptr %2, align 8
  %80 = extractvalue { ptr, ptr } %0, 0
  %81 = extractvalue { ptr, ptr } %79, 0
  %82 = extractvalue { ptr, ptr } %0, 1
  %83 = extractvalue { ptr, ptr } %79, 1
  %84 = icmp eq ptr %80, %81
  %85 = icmp eq ptr %80, null
  %86 = xor i1 %85, true
  %87 = and i1 %84, %86
  br i1 %87, label %ifaceeq.values16, label %ifaceeq.done18

ifaceeq.values16:                                 ; preds = %ifaceeq.done13
  %88 = getelementptr i8, ptr %80, i64 24
  %89 = load ptr, ptr %88, align 8
  %90 = icmp eq ptr %89, null
  br i1 %90, label %uncomparable.fail19, label %uncomparable.next20

uncomparable.fail19:                              ; preds = %ifaceeq.values16
  call void @llgo_panicuncomparable(ptr %80)
  unreachable

uncomparable.next20:                              ; preds = %ifaceeq.values16
  %91 = getelementptr i8, ptr %80, i64 23
  %92 = load i8, ptr %91, align 1
  %93 = and i8 %92, 32
  %94 = icmp ne i8 %93, 0
  %95 = icmp eq ptr %82, %83
  br i1 %94, label %ifaceeq.done18, label %ifaceeq.boxed17

ifaceeq.boxed17:                                  ; preds = %uncomparable.next20
  %96 = call i1 %89(ptr %82, ptr %83)
  br label %ifaceeq.done18

ifaceeq.done18:                                   ; preds = %ifaceeq.boxed17, %uncomparable.next20, %ifaceeq.done13
  %97 = phi i1 [ %84, %ifaceeq.done13 ], [ %95, %uncomparable.next20 ], [ %96, %ifaceeq.boxed17 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %22)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %40)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %58)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %78)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %97)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %98 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), i64 3)
  store { ptr, ptr } %0, ptr %mapkey, align 8
  %99 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %98, ptr %mapkey)
  store i64 1, ptr %99, align 8
  store { ptr, ptr } %1, ptr %mapkey21, align 8
  %100 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %98, ptr %mapkey21)
  store i64 2, ptr %100, align 8
  %101 = load { ptr, ptr }, ptr %2, align 8
  store { ptr, ptr } %101, ptr %mapkey22, align 8
  %102 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %98, ptr %mapkey22)
  store i64 3, ptr %102, align 8
  %103 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24))
  store ptr %98, ptr %103, align 8
  %104 = load ptr, ptr %103, align 8
  %105 = call i64 @llgo_maplen(ptr %104)
  %106 = load ptr, ptr %103, align 8
  store { ptr, ptr } %0, ptr %mapkey23, align 8
  %107 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %106, ptr %mapkey23)
  %108 = icmp ne ptr %107, null
  %109 = select i1 %108, ptr %107, ptr @"zero:int"
  %110 = load i64, ptr %109, align 8
  %111 = load ptr, ptr %103, align 8
  store { ptr, ptr } %1, ptr %mapkey24, align 8
  %112 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %111, ptr %mapkey24)
  %113 = icmp ne ptr %112, null
  %114 = select i1 %113, ptr %112, ptr @"zero:int"
  %115 = load i64, ptr %114, align 8
  %116 = load ptr, ptr %103, align 8
  %117 = load { ptr, ptr }, ptr %2, align 8
  store { ptr, ptr } %117, ptr %mapkey25, align 8
  %118 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %116, ptr %mapkey25)
  %119 = icmp ne ptr %118, null
  %120 = select i1 %119, ptr %118, ptr @"zero:int"
  %121 = load i64, ptr %120, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %105)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %110)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %115)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %121)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %122 = call ptr @llgo_alloc(i64 16)
  %123 = getelementptr inbounds nuw { ptr, ptr }, ptr %122, i32 0, i32 0
  store ptr %2, ptr %123, align 8
  %124 = getelementptr inbounds nuw { ptr, ptr }, ptr %122, i32 0, i32 1
  store ptr %103, ptr %124, align 8
  %125 = insertvalue { ptr, ptr } { ptr @"main.main$1", ptr undef }, ptr %122, 1
  %126 = extractvalue { ptr, ptr } %125, 0
  %127 = extractvalue { ptr, ptr } %125, 1
  %128 = icmp eq ptr %126, null
  br i1 %128, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %ifaceeq.done18
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %ifaceeq.done18
  call void %126(ptr %127)
  %129 = load ptr, ptr %103, align 8
  %130 = call i64 @llgo_maplen(ptr %129)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %130)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 0
  %c = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 1
  %keys = load ptr, ptr %1, align 8
  %complit = alloca [3 x i64], align 8
  %complit1 = alloca [3 x i64], align 8
  %mapkey = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store [3 x i64] zeroinitializer, ptr %complit, align 8
  %2 = getelementptr [3 x i64], ptr %complit, i64 0, i64 0
  store i64 1, ptr %2, align 8
  %3 = getelementptr [3 x i64], ptr %complit, i64 0, i64 1
  store i64 2, ptr %3, align 8
  %4 = getelementptr [3 x i64], ptr %complit, i64 0, i64 2
  store i64 3, ptr %4, align 8
  %5 = load [3 x i64], ptr %complit, align 8
  %6 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B73", i64 24))
  store [3 x i64] %5, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B73", i64 24), ptr undef }, ptr %6, 1
  store [3 x i64] zeroinitializer, ptr %complit1, align 8
  %8 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 0
  store i64 1, ptr %8, align 8
  %9 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 1
  store i64 2, ptr %9, align 8
  %10 = getelementptr [3 x i64], ptr %complit1, i64 0, i64 2
  store i64 3, ptr %10, align 8
  %11 = load [3 x i64], ptr %complit1, align 8
  %12 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B73", i64 24))
  store [3 x i64] %11, ptr %12, align 8
  %13 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T\C2\B73", i64 24), ptr undef }, ptr %12, 1
  %14 = extractvalue { ptr, ptr } %7, 0
  %15 = extractvalue { ptr, ptr } %13, 0
  %16 = extractvalue { ptr, ptr } %7, 1
  %17 = extractvalue { ptr, ptr } %13, 1
  %18 = icmp eq ptr %14, %15
  %19 = icmp eq ptr %14, null
  %20 = xor i1 %19, true
  %21 = and i1 %18, %20
  br i1 %21, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %22 = getelementptr i8, ptr %14, i64 24
  %23 = load ptr, ptr %22, align 8
  %24 = icmp eq ptr %23, null
  br i1 %24, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %14)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %25 = getelementptr i8, ptr %14, i64 23
  %26 = load i8, ptr %25, align 1
  %27 = and i8 %26, 32
  %28 = icmp ne i8 %27, 0
  %29 = icmp eq ptr %16, %17
  br i1 %28, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %30 = call i1 %23(ptr %16, ptr %17)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %31 = phi i1 [ %18, %"0.entry" ], [ %29, %uncomparable.next ], [ %30, %ifaceeq.boxed ]
  %32 = load { ptr, ptr }, ptr %c, align 8
  %33 = extractvalue { ptr, ptr } %7, 0
  %34 = extractvalue { ptr, ptr } %32, 0
  %35 = extractvalue { ptr, ptr } %7, 1
  %36 = extractvalue { ptr, ptr } %32, 1
  %37 = icmp eq ptr %33, %34
  %38 = icmp eq ptr %33, null
  %39 = xor i1 %38, true
  %40 = and i1 %37, %39
  br i1 %40, label %ifaceeq.values2, label %ifaceeq.done4

ifaceeq.values2:                                  ; preds = %ifaceeq.done
  %41 = getelementptr i8, ptr %33, i64 24
  %42 = load ptr, ptr %41, align 8
  %43 = icmp eq ptr %42, null
  br i1 %43, label %uncomparable.fail5, label %uncomparable.next6

uncomparable.fail5:                               ; preds = %ifaceeq.values2
  call void @llgo_panicuncomparable(ptr %33)
  unreachable

uncomparable.next6:                               ; preds = %ifaceeq.values2
  %44 = getelementptr i8, ptr %33, i64 23
  %45 = load i8, ptr %44, align 1
  %46 = and i8 %45, 32
  %47 = icmp ne i8 %46, 0
  %48 = icmp eq ptr %35, %36
  br i1 %47, label %ifaceeq.done4, label %ifaceeq.boxed3

ifaceeq.boxed3:                                   ; preds = %uncomparable.next6
  %49 = call i1 %42(ptr %35, ptr %36)
  br label %ifaceeq.done4

ifaceeq.done4:                                    ; preds = %ifaceeq.boxed3, %uncomparable.next6, %ifaceeq.done
  %50 = phi i1 [ %37, %ifaceeq.done ], [ %48, %uncomparable.next6 ], [ %49, %ifaceeq.boxed3 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %31)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %50)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %51 = load ptr, ptr %keys, align 8
  store { ptr, ptr } %7, ptr %mapkey, align 8
  %52 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %51, ptr %mapkey)
  store i64 4, ptr %52, align 8
  ret void
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

declare ptr @llgo_makemap(ptr, i64)

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

define linkonce_odr i64 @"hash:main.T\C2\B71"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %"main.T\C2\B71", ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int8"(ptr %2, i64 %1)
  ret i64 %3
}

define linkonce_odr i64 @"hash:int8"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 1)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:main.T\C2\B71"(ptr %0, ptr %1) {
entry:
  %2 = load %"main.T\C2\B71", ptr %0, align 1
  %3 = load %"main.T\C2\B71", ptr %1, align 1
  %4 = extractvalue %"main.T\C2\B71" %2, 0
  %5 = extractvalue %"main.T\C2\B71" %3, 0
  %6 = icmp eq i8 %4, %5
  %7 = and i1 true, %6
  ret i1 %7
}

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_newobject(ptr)

define linkonce_odr i64 @"hash:[2]main.T\C2\B71"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr %"main.T\C2\B71", ptr %0, i64 %i
  %3 = call i64 @"hash:main.T\C2\B71"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 2
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[2]main.T\C2\B71"(ptr %0, ptr %1) {
entry:
  %2 = load [2 x %"main.T\C2\B71"], ptr %0, align 1
  %3 = load [2 x %"main.T\C2\B71"], ptr %1, align 1
  %4 = extractvalue [2 x %"main.T\C2\B71"] %2, 0
  %5 = extractvalue [2 x %"main.T\C2\B71"] %3, 0
  %6 = extractvalue %"main.T\C2\B71" %4, 0
  %7 = extractvalue %"main.T\C2\B71" %5, 0
  %8 = icmp eq i8 %6, %7
  %9 = and i1 true, %8
  %10 = and i1 true, %9
  %11 = extractvalue [2 x %"main.T\C2\B71"] %2, 1
  %12 = extractvalue [2 x %"main.T\C2\B71"] %3, 1
  %13 = extractvalue %"main.T\C2\B71" %11, 0
  %14 = extractvalue %"main.T\C2\B71" %12, 0
  %15 = icmp eq i8 %13, %14
  %16 = and i1 true, %15
  %17 = and i1 %10, %16
  ret i1 %17
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i64 @"hash:main.T\C2\B72"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int64"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int64"(ptr %4, i64 %3)
  %6 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %0, i32 0, i32 2
  %7 = call i64 @"hash:int64"(ptr %6, i64 %5)
  %8 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %0, i32 0, i32 3
  %9 = call i64 @"hash:int64"(ptr %8, i64 %7)
  %10 = getelementptr inbounds nuw %"main.T\C2\B72", ptr %0, i32 0, i32 4
  %11 = call i64 @"hash:string"(ptr %10, i64 %9)
  ret i64 %11
}

define linkonce_odr i64 @"hash:int64"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.T\C2\B72"(ptr %0, ptr %1) {
entry:
  %2 = load %"main.T\C2\B72", ptr %0, align 8
  %3 = load %"main.T\C2\B72", ptr %1, align 8
  %4 = extractvalue %"main.T\C2\B72" %2, 0
  %5 = extractvalue %"main.T\C2\B72" %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %"main.T\C2\B72" %2, 1
  %9 = extractvalue %"main.T\C2\B72" %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  %12 = extractvalue %"main.T\C2\B72" %2, 2
  %13 = extractvalue %"main.T\C2\B72" %3, 2
  %14 = icmp eq i64 %12, %13
  %15 = and i1 %11, %14
  %16 = extractvalue %"main.T\C2\B72" %2, 3
  %17 = extractvalue %"main.T\C2\B72" %3, 3
  %18 = icmp eq i64 %16, %17
  %19 = and i1 %15, %18
  %20 = extractvalue %"main.T\C2\B72" %2, 4
  %21 = extractvalue %"main.T\C2\B72" %3, 4
  %22 = extractvalue { ptr, i64 } %20, 0
  %23 = extractvalue { ptr, i64 } %20, 1
  %24 = extractvalue { ptr, i64 } %21, 0
  %25 = extractvalue { ptr, i64 } %21, 1
  %26 = call i1 @llgo_eqstring(ptr %22, i64 %23, ptr %24, i64 %25)
  %27 = and i1 %19, %26
  ret i1 %27
}

define linkonce_odr i64 @"hash:[2]main.T\C2\B72"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr %"main.T\C2\B72", ptr %0, i64 %i
  %3 = call i64 @"hash:main.T\C2\B72"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 2
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:[2]main.T\C2\B72"(ptr %0, ptr %1) {
entry:
  %2 = load [2 x %"main.T\C2\B72"], ptr %0, align 8
  %3 = load [2 x %"main.T\C2\B72"], ptr %1, align 8
  %4 = extractvalue [2 x %"main.T\C2\B72"] %2, 0
  %5 = extractvalue [2 x %"main.T\C2\B72"] %3, 0
  %6 = extractvalue %"main.T\C2\B72" %4, 0
  %7 = extractvalue %"main.T\C2\B72" %5, 0
  %8 = icmp eq i64 %6, %7
  %9 = and i1 true, %8
  %10 = extractvalue %"main.T\C2\B72" %4, 1
  %11 = extractvalue %"main.T\C2\B72" %5, 1
  %12 = icmp eq i64 %10, %11
  %13 = and i1 %9, %12
  %14 = extractvalue %"main.T\C2\B72" %4, 2
  %15 = extractvalue %"main.T\C2\B72" %5, 2
  %16 = icmp eq i64 %14, %15
  %17 = and i1 %13, %16
  %18 = extractvalue %"main.T\C2\B72" %4, 3
  %19 = extractvalue %"main.T\C2\B72" %5, 3
  %20 = icmp eq i64 %18, %19
  %21 = and i1 %17, %20
  %22 = extractvalue %"main.T\C2\B72" %4, 4
  %23 = extractvalue %"main.T\C2\B72" %5, 4
  %24 = extractvalue { ptr, i64 } %22, 0
  %25 = extractvalue { ptr, i64 } %22, 1
  %26 = extractvalue { ptr, i64 } %23, 0
  %27 = extractvalue { ptr, i64 } %23, 1
  %28 = call i1 @llgo_eqstring(ptr %24, i64 %25, ptr %26, i64 %27)
  %29 = and i1 %21, %28
  %30 = and i1 true, %29
  %31 = extractvalue [2 x %"main.T\C2\B72"] %2, 1
  %32 = extractvalue [2 x %"main.T\C2\B72"] %3, 1
  %33 = extractvalue %"main.T\C2\B72" %31, 0
  %34 = extractvalue %"main.T\C2\B72" %32, 0
  %35 = icmp eq i64 %33, %34
  %36 = and i1 true, %35
  %37 = extractvalue %"main.T\C2\B72" %31, 1
  %38 = extractvalue %"main.T\C2\B72" %32, 1
  %39 = icmp eq i64 %37, %38
  %40 = and i1 %36, %39
  %41 = extractvalue %"main.T\C2\B72" %31, 2
  %42 = extractvalue %"main.T\C2\B72" %32, 2
  %43 = icmp eq i64 %41, %42
  %44 = and i1 %40, %43
  %45 = extractvalue %"main.T\C2\B72" %31, 3
  %46 = extractvalue %"main.T\C2\B72" %32, 3
  %47 = icmp eq i64 %45, %46
  %48 = and i1 %44, %47
  %49 = extractvalue %"main.T\C2\B72" %31, 4
  %50 = extractvalue %"main.T\C2\B72" %32, 4
  %51 = extractvalue { ptr, i64 } %49, 0
  %52 = extractvalue { ptr, i64 } %49, 1
  %53 = extractvalue { ptr, i64 } %50, 0
  %54 = extractvalue { ptr, i64 } %50, 1
  %55 = call i1 @llgo_eqstring(ptr %51, i64 %52, ptr %53, i64 %54)
  %56 = and i1 %48, %55
  %57 = and i1 %30, %56
  ret i1 %57
}

declare void @llgo_printstring(ptr, i64)

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_nilinterhash(ptr, i64)

define linkonce_odr i1 @"eq:interface{}"(ptr %0, ptr %1) {
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
  %12 = getelementptr i8, ptr %4, i64 24
  %13 = load ptr, ptr %12, align 8
  %14 = icmp eq ptr %13, null
  br i1 %14, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %4)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %15 = getelementptr i8, ptr %4, i64 23
  %16 = load i8, ptr %15, align 1
  %17 = and i8 %16, 32
  %18 = icmp ne i8 %17, 0
  %19 = icmp eq ptr %6, %7
  br i1 %18, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %20 = call i1 %13(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %21 = phi i1 [ %8, %entry ], [ %19, %uncomparable.next ], [ %20, %ifaceeq.boxed ]
  ret i1 %21
}

define linkonce_odr i64 @"hash:main.T"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.T"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

declare i64 @llgo_maplen(ptr)

declare ptr @llgo_alloc(i64)

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

define linkonce_odr i64 @"hash:main.T\C2\B73"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr i64, ptr %0, i64 %i
  %3 = call i64 @"hash:int"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 3
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i1 @"eq:main.T\C2\B73"(ptr %0, ptr %1) {
entry:
  %2 = load [3 x i64], ptr %0, align 8
  %3 = load [3 x i64], ptr %1, align 8
  %4 = extractvalue [3 x i64] %2, 0
  %5 = extractvalue [3 x i64] %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue [3 x i64] %2, 1
  %9 = extractvalue [3 x i64] %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  %12 = extractvalue [3 x i64] %2, 2
  %13 = extractvalue [3 x i64] %3, 2
  %14 = icmp eq i64 %12, %13
  %15 = and i1 %11, %14
  ret i1 %15
}

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
