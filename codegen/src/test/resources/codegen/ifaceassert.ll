; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Rect = type { i64, i64 }
%main.Odd = type {}

@.str = private unnamed_addr constant [4 x i8] c"rect", align 1
@"type:main.Shape" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Shape", { ptr, i64 } { ptr @.str.1, i64 10 }, i64 16, i64 16, i32 -1896275841, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Shape", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods, i64 2, i64 2 }, align 8
@.str.1 = private unnamed_addr constant [10 x i8] c"main.Shape", align 1
@.nilname = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.str.2 = private unnamed_addr constant [3 x i8] c"nil", align 1
@.str.3 = private unnamed_addr constant [43 x i8] c"runtime error: comparing uncomparable type ", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.4, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.5, i64 4 }, align 8
@.str.5 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"Area", align 1
@"type:func() int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.7, i64 10 }, i64 16, i64 16, i32 -895306499, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [10 x i8] c"func() int", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"Name", align 1
@"type:func() string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.9, i64 13 }, i64 16, i64 16, i32 1926728997, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.9 = private unnamed_addr constant [13 x i8] c"func() string", align 1
@.methods = private constant [2 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24) }, { { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24) }], align 8
@"type:main.Namer" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Namer", { ptr, i64 } { ptr @.str.10, i64 10 }, i64 16, i64 16, i32 21962049, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Namer", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.12, i64 1, i64 1 }, align 8
@.str.10 = private unnamed_addr constant [10 x i8] c"main.Namer", align 1
@.nilname.11 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.methods.12 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24) }], align 8
@"type:main.Resetter" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Resetter", { ptr, i64 } { ptr @.str.13, i64 13 }, i64 16, i64 16, i32 -1698369488, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Resetter", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.17, i64 1, i64 1 }, align 8
@.str.13 = private unnamed_addr constant [13 x i8] c"main.Resetter", align 1
@.nilname.14 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.str.15 = private unnamed_addr constant [5 x i8] c"Reset", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.16, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.16 = private unnamed_addr constant [6 x i8] c"func()", align 1
@.methods.17 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.15, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.18, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.18 = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"other", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"resetter", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"namer ", align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"shape ", align 1
@"type:main.Rect" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.Rect", { ptr, i64 } { ptr @.str.23, i64 9 }, i64 16, i64 0, i32 302375952, i8 1, i8 8, i8 8, i8 25, ptr @"eq:main.Rect", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 3, i16 3, i32 0, ptr @.methods.26 }, align 8
@.str.23 = private unnamed_addr constant [9 x i8] c"main.Rect", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"Size", align 1
@"type:func(int) int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.25, i64 13 }, i64 16, i64 16, i32 1770304088, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.25 = private unnamed_addr constant [13 x i8] c"func(int) int", align 1
@.methods.26 = private constant [3 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Rect.Area$ptr" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.Rect.Name$ptr" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.24, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func(int) int", i64 24), ptr @"main.Rect.Size$ptr" }], align 8
@.str.27 = private unnamed_addr constant [17 x i8] c"Rect is Resetter:", align 1
@"type:*main.Rect" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i16, i16, i32, ptr } { ptr @"hash:*main.Rect", { ptr, i64 } { ptr @.str.28, i64 10 }, i64 8, i64 8, i32 -878811880, i8 1, i8 8, i8 8, i8 54, ptr @"eq:*main.Rect", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24), ptr @"pkgpath:main", i16 4, i16 4, i32 0, ptr @.methods.29 }, align 8
@.str.28 = private unnamed_addr constant [10 x i8] c"*main.Rect", align 1
@.methods.29 = private constant [4 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Rect.Area$ptr" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.Rect.Name$ptr" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.15, i64 5 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.(*Rect).Reset" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.24, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func(int) int", i64 24), ptr @"main.Rect.Size$ptr" }], align 8
@.str.30 = private unnamed_addr constant [18 x i8] c"*Rect is Resetter:", align 1
@"type:main.Sizer" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Sizer", { ptr, i64 } { ptr @.str.31, i64 10 }, i64 16, i64 16, i32 -1961749861, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Sizer", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.33, i64 1, i64 1 }, align 8
@.str.31 = private unnamed_addr constant [10 x i8] c"main.Sizer", align 1
@.nilname.32 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.methods.33 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.24, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func(int) int", i64 24) }], align 8
@"type:main.Odd" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.Odd", { ptr, i64 } { ptr @.str.34, i64 8 }, i64 0, i64 0, i32 1994219511, i8 1, i8 1, i8 1, i8 25, ptr @"eq:main.Odd", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods.35 }, align 8
@.str.34 = private unnamed_addr constant [8 x i8] c"main.Odd", align 1
@.methods.35 = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.24, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Odd.Size$ptr" }], align 8
@.str.36 = private unnamed_addr constant [13 x i8] c"Odd is Sizer:", align 1
@.str.37 = private unnamed_addr constant [13 x i8] c"nil is Namer:", align 1
@.str.38 = private unnamed_addr constant [19 x i8] c"nil is interface{}:", align 1
@.nilname.39 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.str.40 = private unnamed_addr constant [20 x i8] c"Rect is interface{}:", align 1
@"itab:main.Label,main.Namer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.Label", i64 24), i32 -92966248, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Label.Name$ptr"] }, align 8
@"type:main.Label" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.Label", { ptr, i64 } { ptr @.str.41, i64 10 }, i64 16, i64 8, i32 -92966248, i8 1, i8 8, i8 8, i8 24, ptr @"eq:main.Label", ptr @"gcbits:01", i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods.42 }, align 8
@.str.41 = private unnamed_addr constant [10 x i8] c"main.Label", align 1
@.methods.42 = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.8, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.Label.Name$ptr" }], align 8
@.str.43 = private unnamed_addr constant [1 x i8] c"l", align 1
@.str.44 = private unnamed_addr constant [15 x i8] c"Label is Shape:", align 1
@"itab:main.Rect,main.Namer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24), i32 302375952, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Rect.Name$ptr"] }, align 8
@.nilname.45 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.nilname.46 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.str.47 = private unnamed_addr constant [36 x i8] c"interface conversion: main.Namer is ", align 1
@.str.48 = private unnamed_addr constant [15 x i8] c", not main.Rect", align 1
@.nilname.49 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@.str.50 = private unnamed_addr constant [5 x i8] c"label", align 1
@"type:map[main.Namer]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str.51, i64 18 }, i64 8, i64 8, i32 371174914, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:main.Namer", i8 16, i8 8, i16 0, i32 24 }, align 8
@.str.51 = private unnamed_addr constant [18 x i8] c"map[main.Namer]int", align 1
@"zero:int" = private constant i64 0, align 8
@"type:[6]interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64 } { ptr @"hash:[6]interface{}", { ptr, i64 } { ptr @.str.52, i64 15 }, i64 96, i64 96, i32 1165462650, i8 0, i8 8, i8 8, i8 17, ptr @"eq:[6]interface{}", ptr @"gcbits:ff0f", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24), ptr getelementptr inbounds (i8, ptr @"type:[]interface{}", i64 24), i64 6 }, align 8
@.str.52 = private unnamed_addr constant [15 x i8] c"[6]interface {}", align 1
@.nilname.53 = private constant { ptr, i64 } { ptr @.str.2, i64 3 }
@"gcbits:ff0f" = linkonce_odr constant [2 x i8] c"\FF\0F"
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.54, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods.55, i64 0, i64 0 }, align 8
@.str.54 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@.methods.55 = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@"type:[]interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr null, { ptr, i64 } { ptr @.str.56, i64 14 }, i64 24, i64 8, i32 -1397013356, i8 0, i8 8, i8 8, i8 23, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24) }, align 8
@.str.56 = private unnamed_addr constant [14 x i8] c"[]interface {}", align 1
@.str.57 = private unnamed_addr constant [3 x i8] c"lab", align 1
@.str.58 = private unnamed_addr constant [1 x i8] c"s", align 1

define i64 @main.Rect.Area(%main.Rect %r, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  %2 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 1
  %3 = load i64, ptr %2, align 8
  %4 = mul i64 %1, %3
  ret i64 %4
}

define { ptr, i64 } @main.Rect.Name(%main.Rect %r, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  ret { ptr, i64 } { ptr @.str, i64 4 }
}

define void @"main.(*Rect).Reset"(ptr %r, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %r, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Rect, ptr %r, i32 0, i32 0
  store i64 0, ptr %1, align 8
  %2 = getelementptr inbounds nuw %main.Rect, ptr %r, i32 0, i32 1
  store i64 0, ptr %2, align 8
  ret void
}

define i64 @main.Rect.Size(%main.Rect %r, i64 %k, ptr %context) {
entry:
  %r1 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %r1, align 8
  store %main.Rect %r, ptr %r1, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %r1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  %2 = mul i64 %k, %1
  ret i64 %2
}

define { ptr, i64 } @main.Label.Name({ ptr, i64 } %l, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret { ptr, i64 } %l
}

define i64 @main.Odd.Size(%main.Odd %arg0, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret i64 7
}

define { ptr, i64 } @main.describe({ ptr, ptr } %x, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %x, 0
  %1 = icmp eq ptr %0, null
  br i1 %1, label %"1.typeswitch.body", label %"2.typeswitch.next"

"2.typeswitch.next":                              ; preds = %"0.entry"
  %2 = extractvalue { ptr, ptr } %x, 0
  %3 = extractvalue { ptr, ptr } %x, 1
  %4 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr %2, i1 true)
  %5 = icmp ne ptr %4, null
  %6 = select i1 %5, ptr %3, ptr null
  %7 = insertvalue { ptr, ptr } undef, ptr %4, 0
  %8 = insertvalue { ptr, ptr } %7, ptr %6, 1
  %9 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %8, 0
  %10 = insertvalue { { ptr, ptr }, i1 } %9, i1 %5, 1
  %11 = extractvalue { { ptr, ptr }, i1 } %10, 1
  %12 = extractvalue { { ptr, ptr }, i1 } %10, 0
  br i1 %11, label %"3.typeswitch.body", label %"4.typeswitch.next"

"4.typeswitch.next":                              ; preds = %"2.typeswitch.next"
  %13 = extractvalue { ptr, ptr } %x, 0
  %14 = extractvalue { ptr, ptr } %x, 1
  %15 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr %13, i1 true)
  %16 = icmp ne ptr %15, null
  %17 = select i1 %16, ptr %14, ptr null
  %18 = insertvalue { ptr, ptr } undef, ptr %15, 0
  %19 = insertvalue { ptr, ptr } %18, ptr %17, 1
  %20 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %19, 0
  %21 = insertvalue { { ptr, ptr }, i1 } %20, i1 %16, 1
  %22 = extractvalue { { ptr, ptr }, i1 } %21, 1
  %23 = extractvalue { { ptr, ptr }, i1 } %21, 0
  br i1 %22, label %"5.typeswitch.body", label %"6.typeswitch.next"

"6.typeswitch.next":                              ; preds = %"4.typeswitch.next"
  %24 = extractvalue { ptr, ptr } %x, 0
  %25 = extractvalue { ptr, ptr } %x, 1
  %26 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Resetter", i64 24), ptr %24, i1 true)
  %27 = icmp ne ptr %26, null
  %28 = select i1 %27, ptr %25, ptr null
  %29 = insertvalue { ptr, ptr } undef, ptr %26, 0
  %30 = insertvalue { ptr, ptr } %29, ptr %28, 1
  %31 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %30, 0
  %32 = insertvalue { { ptr, ptr }, i1 } %31, i1 %27, 1
  %33 = extractvalue { { ptr, ptr }, i1 } %32, 1
  %34 = extractvalue { { ptr, ptr }, i1 } %32, 0
  br i1 %33, label %"7.typeswitch.body", label %"8.typeswitch.next"

"8.typeswitch.next":                              ; preds = %"6.typeswitch.next"
  %35 = extractvalue { ptr, ptr } %x, 0
  %36 = icmp eq ptr %35, getelementptr inbounds (i8, ptr @"type:int", i64 24)
  %37 = extractvalue { ptr, ptr } %x, 1
  br i1 %36, label %typeassert.ok, label %typeassert.done

typeassert.ok:                                    ; preds = %"8.typeswitch.next"
  %38 = load i64, ptr %37, align 8
  br label %typeassert.done

typeassert.done:                                  ; preds = %typeassert.ok, %"8.typeswitch.next"
  %39 = phi i64 [ 0, %"8.typeswitch.next" ], [ %38, %typeassert.ok ]
  %40 = insertvalue { i64, i1 } undef, i64 %39, 0
  %41 = insertvalue { i64, i1 } %40, i1 %36, 1
  %42 = extractvalue { i64, i1 } %41, 1
  %43 = extractvalue { i64, i1 } %41, 0
  br i1 %42, label %"9.typeswitch.body", label %"10.typeswitch.next"

"10.typeswitch.next":                             ; preds = %typeassert.done
  br label %"11.typeswitch.default"

"11.typeswitch.default":                          ; preds = %"10.typeswitch.next"
  ret { ptr, i64 } { ptr @.str.19, i64 5 }

"9.typeswitch.body":                              ; preds = %typeassert.done
  ret { ptr, i64 } { ptr @.str.18, i64 3 }

"7.typeswitch.body":                              ; preds = %"6.typeswitch.next"
  ret { ptr, i64 } { ptr @.str.20, i64 8 }

"5.typeswitch.body":                              ; preds = %"4.typeswitch.next"
  %44 = extractvalue { ptr, ptr } %23, 0
  %45 = icmp eq ptr %44, null
  br i1 %45, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"5.typeswitch.body"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"5.typeswitch.body"
  %46 = getelementptr i8, ptr %44, i64 24
  %47 = load ptr, ptr %46, align 8
  %48 = extractvalue { ptr, ptr } %23, 1
  %49 = call { ptr, i64 } %47(ptr %48, ptr null)
  %50 = extractvalue { ptr, i64 } %49, 0
  %51 = extractvalue { ptr, i64 } %49, 1
  %52 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.21, i64 6, ptr %50, i64 %51)
  ret { ptr, i64 } %52

"3.typeswitch.body":                              ; preds = %"2.typeswitch.next"
  %53 = extractvalue { ptr, ptr } %12, 0
  %54 = icmp eq ptr %53, null
  br i1 %54, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %"3.typeswitch.body"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %"3.typeswitch.body"
  %55 = getelementptr i8, ptr %53, i64 32
  %56 = load ptr, ptr %55, align 8
  %57 = extractvalue { ptr, ptr } %12, 1
  %58 = call { ptr, i64 } %56(ptr %57, ptr null)
  %59 = extractvalue { ptr, i64 } %58, 0
  %60 = extractvalue { ptr, i64 } %58, 1
  %61 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.22, i64 6, ptr %59, i64 %60)
  ret { ptr, i64 } %61

"1.typeswitch.body":                              ; preds = %"0.entry"
  ret { ptr, i64 } { ptr @.str.2, i64 3 }
}

define { ptr, ptr } @main.toNamer({ ptr, ptr } %s, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %s, 0
  %1 = icmp eq ptr %0, null
  br i1 %1, label %itab.done, label %itab.type

itab.type:                                        ; preds = %"0.entry"
  %2 = getelementptr i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %"0.entry"
  %4 = phi ptr [ null, %"0.entry" ], [ %3, %itab.type ]
  %5 = extractvalue { ptr, ptr } %s, 1
  %6 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr %4, i1 true)
  %7 = insertvalue { ptr, ptr } undef, ptr %6, 0
  %8 = insertvalue { ptr, ptr } %7, ptr %5, 1
  ret { ptr, ptr } %8
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Rect, align 8
  %complit11 = alloca %main.Odd, align 8
  %complit18 = alloca %main.Rect, align 8
  %v = alloca %main.Rect, align 8
  %mapkey = alloca { ptr, ptr }, align 8
  %mapkey45 = alloca { ptr, ptr }, align 8
  %mapkey46 = alloca { ptr, ptr }, align 8
  %mapkey47 = alloca { ptr, ptr }, align 8
  %complit48 = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %complit, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 0
  store i64 2, ptr %0, align 8
  %1 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 1
  store i64 3, ptr %1, align 8
  %2 = load %main.Rect, ptr %complit, align 8
  %3 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  store %main.Rect %2, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24), ptr undef }, ptr %3, 1
  %5 = extractvalue { ptr, ptr } %4, 0
  %6 = extractvalue { ptr, ptr } %4, 1
  %7 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr %5, i1 false)
  %8 = insertvalue { ptr, ptr } undef, ptr %7, 0
  %9 = insertvalue { ptr, ptr } %8, ptr %6, 1
  %10 = extractvalue { ptr, ptr } %9, 0
  %11 = icmp eq ptr %10, null
  br i1 %11, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %12 = getelementptr i8, ptr %10, i64 24
  %13 = load ptr, ptr %12, align 8
  %14 = extractvalue { ptr, ptr } %9, 1
  %15 = call i64 %13(ptr %14, ptr null)
  %16 = extractvalue { ptr, ptr } %9, 0
  %17 = icmp eq ptr %16, null
  br i1 %17, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %18 = getelementptr i8, ptr %16, i64 32
  %19 = load ptr, ptr %18, align 8
  %20 = extractvalue { ptr, ptr } %9, 1
  %21 = call { ptr, i64 } %19(ptr %20, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %15)
  call void @llgo_printsp()
  %22 = extractvalue { ptr, i64 } %21, 0
  %23 = extractvalue { ptr, i64 } %21, 1
  call void @llgo_printstring(ptr %22, i64 %23)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %24 = extractvalue { ptr, ptr } %4, 0
  %25 = extractvalue { ptr, ptr } %4, 1
  %26 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr %24, i1 true)
  %27 = icmp ne ptr %26, null
  %28 = select i1 %27, ptr %25, ptr null
  %29 = insertvalue { ptr, ptr } undef, ptr %26, 0
  %30 = insertvalue { ptr, ptr } %29, ptr %28, 1
  %31 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %30, 0
  %32 = insertvalue { { ptr, ptr }, i1 } %31, i1 %27, 1
  %33 = extractvalue { { ptr, ptr }, i1 } %32, 0
  %34 = extractvalue { { ptr, ptr }, i1 } %32, 1
  %35 = extractvalue { ptr, ptr } %33, 0
  %36 = icmp eq ptr %35, null
  br i1 %36, label %nilcheck.fail3, label %nilcheck.next4

nilcheck.fail3:                                   ; preds = %nilcheck.next2
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next4:                                   ; preds = %nilcheck.next2
  %37 = getelementptr i8, ptr %35, i64 24
  %38 = load ptr, ptr %37, align 8
  %39 = extractvalue { ptr, ptr } %33, 1
  %40 = call { ptr, i64 } %38(ptr %39, ptr null)
  call void @llgo_printlock()
  %41 = extractvalue { ptr, i64 } %40, 0
  %42 = extractvalue { ptr, i64 } %40, 1
  call void @llgo_printstring(ptr %41, i64 %42)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %34)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %43 = extractvalue { ptr, ptr } %4, 0
  %44 = extractvalue { ptr, ptr } %4, 1
  %45 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Resetter", i64 24), ptr %43, i1 true)
  %46 = icmp ne ptr %45, null
  %47 = select i1 %46, ptr %44, ptr null
  %48 = insertvalue { ptr, ptr } undef, ptr %45, 0
  %49 = insertvalue { ptr, ptr } %48, ptr %47, 1
  %50 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %49, 0
  %51 = insertvalue { { ptr, ptr }, i1 } %50, i1 %46, 1
  %52 = extractvalue { { ptr, ptr }, i1 } %51, 0
  %53 = extractvalue { { ptr, ptr }, i1 } %51, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.27, i64 17)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %53)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %54 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  %55 = getelementptr inbounds nuw %main.Rect, ptr %54, i32 0, i32 0
  store i64 4, ptr %55, align 8
  %56 = getelementptr inbounds nuw %main.Rect, ptr %54, i32 0, i32 1
  store i64 5, ptr %56, align 8
  %57 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*main.Rect", i64 24), ptr undef }, ptr %54, 1
  %58 = extractvalue { ptr, ptr } %57, 0
  %59 = extractvalue { ptr, ptr } %57, 1
  %60 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Resetter", i64 24), ptr %58, i1 true)
  %61 = icmp ne ptr %60, null
  %62 = select i1 %61, ptr %59, ptr null
  %63 = insertvalue { ptr, ptr } undef, ptr %60, 0
  %64 = insertvalue { ptr, ptr } %63, ptr %62, 1
  %65 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %64, 0
  %66 = insertvalue { { ptr, ptr }, i1 } %65, i1 %61, 1
  %67 = extractvalue { { ptr, ptr }, i1 } %66, 0
  %68 = extractvalue { { ptr, ptr }, i1 } %66, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.30, i64 18)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %68)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %69 = extractvalue { ptr, ptr } %67, 0
  %70 = icmp eq ptr %69, null
  br i1 %70, label %nilcheck.fail5, label %nilcheck.next6

nilcheck.fail5:                                   ; preds = %nilcheck.next4
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next6:                                   ; preds = %nilcheck.next4
  %71 = getelementptr i8, ptr %69, i64 24
  %72 = load ptr, ptr %71, align 8
  %73 = extractvalue { ptr, ptr } %67, 1
  call void %72(ptr %73, ptr null)
  %74 = extractvalue { ptr, ptr } %57, 0
  %75 = extractvalue { ptr, ptr } %57, 1
  %76 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr %74, i1 false)
  %77 = insertvalue { ptr, ptr } undef, ptr %76, 0
  %78 = insertvalue { ptr, ptr } %77, ptr %75, 1
  %79 = extractvalue { ptr, ptr } %78, 0
  %80 = icmp eq ptr %79, null
  br i1 %80, label %nilcheck.fail7, label %nilcheck.next8

nilcheck.fail7:                                   ; preds = %nilcheck.next6
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next8:                                   ; preds = %nilcheck.next6
  %81 = getelementptr i8, ptr %79, i64 24
  %82 = load ptr, ptr %81, align 8
  %83 = extractvalue { ptr, ptr } %78, 1
  %84 = call i64 %82(ptr %83, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %84)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %85 = extractvalue { ptr, ptr } %4, 0
  %86 = extractvalue { ptr, ptr } %4, 1
  %87 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Sizer", i64 24), ptr %85, i1 true)
  %88 = icmp ne ptr %87, null
  %89 = select i1 %88, ptr %86, ptr null
  %90 = insertvalue { ptr, ptr } undef, ptr %87, 0
  %91 = insertvalue { ptr, ptr } %90, ptr %89, 1
  %92 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %91, 0
  %93 = insertvalue { { ptr, ptr }, i1 } %92, i1 %88, 1
  %94 = extractvalue { { ptr, ptr }, i1 } %93, 0
  %95 = extractvalue { { ptr, ptr }, i1 } %93, 1
  %96 = extractvalue { ptr, ptr } %94, 0
  %97 = icmp eq ptr %96, null
  br i1 %97, label %nilcheck.fail9, label %nilcheck.next10

nilcheck.fail9:                                   ; preds = %nilcheck.next8
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next10:                                  ; preds = %nilcheck.next8
  %98 = getelementptr i8, ptr %96, i64 24
  %99 = load ptr, ptr %98, align 8
  %100 = extractvalue { ptr, ptr } %94, 1
  %101 = call i64 %99(ptr %100, i64 10, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %101)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %95)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Odd zeroinitializer, ptr %complit11, align 1
  %102 = load %main.Odd, ptr %complit11, align 1
  %103 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Odd", i64 24))
  store %main.Odd %102, ptr %103, align 1
  %104 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.Odd", i64 24), ptr undef }, ptr %103, 1
  %105 = extractvalue { ptr, ptr } %104, 0
  %106 = extractvalue { ptr, ptr } %104, 1
  %107 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Sizer", i64 24), ptr %105, i1 true)
  %108 = icmp ne ptr %107, null
  %109 = select i1 %108, ptr %106, ptr null
  %110 = insertvalue { ptr, ptr } undef, ptr %107, 0
  %111 = insertvalue { ptr, ptr } %110, ptr %109, 1
  %112 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %111, 0
  %113 = insertvalue { { ptr, ptr }, i1 } %112, i1 %108, 1
  %114 = extractvalue { { ptr, ptr }, i1 } %113, 0
  %115 = extractvalue { { ptr, ptr }, i1 } %113, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.36, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %115)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %116 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr null, i1 true)
  %117 = icmp ne ptr %116, null
  %118 = select i1 %117, ptr null, ptr null
  %119 = insertvalue { ptr, ptr } undef, ptr %116, 0
  %120 = insertvalue { ptr, ptr } %119, ptr %118, 1
  %121 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %120, 0
  %122 = insertvalue { { ptr, ptr }, i1 } %121, i1 %117, 1
  %123 = extractvalue { { ptr, ptr }, i1 } %122, 0
  %124 = extractvalue { { ptr, ptr }, i1 } %122, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.37, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %124)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.38, i64 19)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 false)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 true)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %125 = extractvalue { ptr, ptr } %4, 0
  %126 = extractvalue { ptr, ptr } %4, 1
  %127 = icmp ne ptr %125, null
  %128 = select i1 %127, ptr %126, ptr null
  %129 = insertvalue { ptr, ptr } undef, ptr %125, 0
  %130 = insertvalue { ptr, ptr } %129, ptr %128, 1
  %131 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %130, 0
  %132 = insertvalue { { ptr, ptr }, i1 } %131, i1 %127, 1
  %133 = extractvalue { { ptr, ptr }, i1 } %132, 0
  %134 = extractvalue { { ptr, ptr }, i1 } %132, 1
  %135 = extractvalue { ptr, ptr } %133, 0
  %136 = extractvalue { ptr, ptr } %4, 0
  %137 = extractvalue { ptr, ptr } %133, 1
  %138 = extractvalue { ptr, ptr } %4, 1
  %139 = icmp eq ptr %135, %136
  %140 = icmp eq ptr %135, null
  %141 = xor i1 %140, true
  %142 = and i1 %139, %141
  br i1 %142, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %nilcheck.next10
  %143 = getelementptr i8, ptr %135, i64 24
  %144 = load ptr, ptr %143, align 8
  %145 = icmp eq ptr %144, null
  br i1 %145, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  %146 = icmp eq ptr %135, null
  %147 = getelementptr i8, ptr %135, i64 -16
  %148 = select i1 %146, ptr @.nilname.39, ptr %147
  %149 = load { ptr, i64 }, ptr %148, align 8
  %150 = extractvalue { ptr, i64 } %149, 0
  %151 = extractvalue { ptr, i64 } %149, 1
  %152 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %150, i64 %151)
  %153 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %152, ptr %153, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %153)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %154 = getelementptr i8, ptr %135, i64 23
  %155 = load i8, ptr %154, align 1
  %156 = and i8 %155, 32
  %157 = icmp ne i8 %156, 0
  %158 = icmp eq ptr %137, %138
  br i1 %157, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %159 = call i1 %144(ptr %137, ptr %138)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %nilcheck.next10
  %160 = phi i1 [ %139, %nilcheck.next10 ], [ %158, %uncomparable.next ], [ %159, %ifaceeq.boxed ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.40, i64 20)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %134)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %160)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %161 = call { ptr, ptr } @main.toNamer({ ptr, ptr } %9, ptr null)
  %162 = extractvalue { ptr, ptr } %161, 0
  %163 = icmp eq ptr %162, null
  br i1 %163, label %nilcheck.fail12, label %nilcheck.next13

nilcheck.fail12:                                  ; preds = %ifaceeq.done
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next13:                                  ; preds = %ifaceeq.done
  %164 = getelementptr i8, ptr %162, i64 24
  %165 = load ptr, ptr %164, align 8
  %166 = extractvalue { ptr, ptr } %161, 1
  %167 = call { ptr, i64 } %165(ptr %166, ptr null)
  call void @llgo_printlock()
  %168 = extractvalue { ptr, i64 } %167, 0
  %169 = extractvalue { ptr, i64 } %167, 1
  call void @llgo_printstring(ptr %168, i64 %169)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %170 = call { ptr, ptr } @main.toNamer({ ptr, ptr } zeroinitializer, ptr null)
  %171 = extractvalue { ptr, ptr } %170, 0
  %172 = icmp eq ptr %171, null
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %172)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %173 = extractvalue { ptr, ptr } %161, 0
  %174 = icmp eq ptr %173, null
  br i1 %174, label %itab.done, label %itab.type

itab.type:                                        ; preds = %nilcheck.next13
  %175 = getelementptr i8, ptr %173, i64 8
  %176 = load ptr, ptr %175, align 8
  br label %itab.done

itab.done:                                        ; preds = %itab.type, %nilcheck.next13
  %177 = phi ptr [ null, %nilcheck.next13 ], [ %176, %itab.type ]
  %178 = extractvalue { ptr, ptr } %161, 1
  %179 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr %177, i1 true)
  %180 = icmp ne ptr %179, null
  %181 = select i1 %180, ptr %178, ptr null
  %182 = insertvalue { ptr, ptr } undef, ptr %179, 0
  %183 = insertvalue { ptr, ptr } %182, ptr %181, 1
  %184 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %183, 0
  %185 = insertvalue { { ptr, ptr }, i1 } %184, i1 %180, 1
  %186 = extractvalue { { ptr, ptr }, i1 } %185, 0
  %187 = extractvalue { { ptr, ptr }, i1 } %185, 1
  %188 = extractvalue { ptr, ptr } %186, 0
  %189 = icmp eq ptr %188, null
  br i1 %189, label %nilcheck.fail14, label %nilcheck.next15

nilcheck.fail14:                                  ; preds = %itab.done
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next15:                                  ; preds = %itab.done
  %190 = getelementptr i8, ptr %188, i64 24
  %191 = load ptr, ptr %190, align 8
  %192 = extractvalue { ptr, ptr } %186, 1
  %193 = call i64 %191(ptr %192, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %193)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %187)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %194 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Label", i64 24))
  store { ptr, i64 } { ptr @.str.43, i64 1 }, ptr %194, align 8
  %195 = insertvalue { ptr, ptr } { ptr @"itab:main.Label,main.Namer", ptr undef }, ptr %194, 1
  %196 = extractvalue { ptr, ptr } %195, 0
  %197 = icmp eq ptr %196, null
  br i1 %197, label %itab.done17, label %itab.type16

itab.type16:                                      ; preds = %nilcheck.next15
  %198 = getelementptr i8, ptr %196, i64 8
  %199 = load ptr, ptr %198, align 8
  br label %itab.done17

itab.done17:                                      ; preds = %itab.type16, %nilcheck.next15
  %200 = phi ptr [ null, %nilcheck.next15 ], [ %199, %itab.type16 ]
  %201 = extractvalue { ptr, ptr } %195, 1
  %202 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr %200, i1 true)
  %203 = icmp ne ptr %202, null
  %204 = select i1 %203, ptr %201, ptr null
  %205 = insertvalue { ptr, ptr } undef, ptr %202, 0
  %206 = insertvalue { ptr, ptr } %205, ptr %204, 1
  %207 = insertvalue { { ptr, ptr }, i1 } undef, { ptr, ptr } %206, 0
  %208 = insertvalue { { ptr, ptr }, i1 } %207, i1 %203, 1
  %209 = extractvalue { { ptr, ptr }, i1 } %208, 0
  %210 = extractvalue { { ptr, ptr }, i1 } %208, 1
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.44, i64 15)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %210)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.Rect zeroinitializer, ptr %complit18, align 8
  %211 = getelementptr inbounds nuw %main.Rect, ptr %complit18, i32 0, i32 0
  store i64 2, ptr %211, align 8
  %212 = getelementptr inbounds nuw %main.Rect, ptr %complit18, i32 0, i32 1
  store i64 3, ptr %212, align 8
  %213 = load %main.Rect, ptr %complit18, align 8
  %214 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  store %main.Rect %213, ptr %214, align 8
  %215 = insertvalue { ptr, ptr } { ptr @"itab:main.Rect,main.Namer", ptr undef }, ptr %214, 1
  %216 = extractvalue { ptr, ptr } %4, 0
  %217 = extractvalue { ptr, ptr } %4, 1
  %218 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.Namer", i64 24), ptr %216, i1 false)
  %219 = insertvalue { ptr, ptr } undef, ptr %218, 0
  %220 = insertvalue { ptr, ptr } %219, ptr %217, 1
  %221 = extractvalue { ptr, ptr } %215, 0
  %222 = extractvalue { ptr, ptr } %220, 0
  %223 = extractvalue { ptr, ptr } %215, 1
  %224 = extractvalue { ptr, ptr } %220, 1
  %225 = extractvalue { ptr, ptr } %215, 0
  %226 = icmp eq ptr %225, null
  br i1 %226, label %itab.done20, label %itab.type19

itab.type19:                                      ; preds = %itab.done17
  %227 = getelementptr i8, ptr %225, i64 8
  %228 = load ptr, ptr %227, align 8
  br label %itab.done20

itab.done20:                                      ; preds = %itab.type19, %itab.done17
  %229 = phi ptr [ null, %itab.done17 ], [ %228, %itab.type19 ]
  %230 = extractvalue { ptr, ptr } %220, 0
  %231 = icmp eq ptr %230, null
  br i1 %231, label %itab.done22, label %itab.type21

itab.type21:                                      ; preds = %itab.done20
  %232 = getelementptr i8, ptr %230, i64 8
  %233 = load ptr, ptr %232, align 8
  br label %itab.done22

itab.done22:                                      ; preds = %itab.type21, %itab.done20
  %234 = phi ptr [ null, %itab.done20 ], [ %233, %itab.type21 ]
  %235 = icmp eq ptr %229, %234
  %236 = icmp eq ptr %229, null
  %237 = xor i1 %236, true
  %238 = and i1 %235, %237
  br i1 %238, label %ifaceeq.values23, label %ifaceeq.done25

ifaceeq.values23:                                 ; preds = %itab.done22
  %239 = getelementptr i8, ptr %229, i64 24
  %240 = load ptr, ptr %239, align 8
  %241 = icmp eq ptr %240, null
  br i1 %241, label %uncomparable.fail26, label %uncomparable.next27

uncomparable.fail26:                              ; preds = %ifaceeq.values23
  %242 = icmp eq ptr %229, null
  %243 = getelementptr i8, ptr %229, i64 -16
  %244 = select i1 %242, ptr @.nilname.45, ptr %243
  %245 = load { ptr, i64 }, ptr %244, align 8
  %246 = extractvalue { ptr, i64 } %245, 0
  %247 = extractvalue { ptr, i64 } %245, 1
  %248 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %246, i64 %247)
  %249 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %248, ptr %249, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %249)
  unreachable

uncomparable.next27:                              ; preds = %ifaceeq.values23
  %250 = getelementptr i8, ptr %229, i64 23
  %251 = load i8, ptr %250, align 1
  %252 = and i8 %251, 32
  %253 = icmp ne i8 %252, 0
  %254 = icmp eq ptr %223, %224
  br i1 %253, label %ifaceeq.done25, label %ifaceeq.boxed24

ifaceeq.boxed24:                                  ; preds = %uncomparable.next27
  %255 = call i1 %240(ptr %223, ptr %224)
  br label %ifaceeq.done25

ifaceeq.done25:                                   ; preds = %ifaceeq.boxed24, %uncomparable.next27, %itab.done22
  %256 = phi i1 [ %235, %itab.done22 ], [ %254, %uncomparable.next27 ], [ %255, %ifaceeq.boxed24 ]
  %257 = extractvalue { ptr, ptr } %220, 0
  %258 = icmp eq ptr %257, null
  br i1 %258, label %itab.done29, label %itab.type28

itab.type28:                                      ; preds = %ifaceeq.done25
  %259 = getelementptr i8, ptr %257, i64 8
  %260 = load ptr, ptr %259, align 8
  br label %itab.done29

itab.done29:                                      ; preds = %itab.type28, %ifaceeq.done25
  %261 = phi ptr [ null, %ifaceeq.done25 ], [ %260, %itab.type28 ]
  %262 = icmp eq ptr %261, getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24)
  %263 = extractvalue { ptr, ptr } %220, 1
  %264 = xor i1 %262, true
  br i1 %264, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %itab.done29
  %265 = icmp eq ptr %261, null
  %266 = getelementptr i8, ptr %261, i64 -16
  %267 = select i1 %265, ptr @.nilname.46, ptr %266
  %268 = load { ptr, i64 }, ptr %267, align 8
  %269 = extractvalue { ptr, i64 } %268, 0
  %270 = extractvalue { ptr, i64 } %268, 1
  %271 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.47, i64 36, ptr %269, i64 %270)
  %272 = extractvalue { ptr, i64 } %271, 0
  %273 = extractvalue { ptr, i64 } %271, 1
  %274 = call { ptr, i64 } @llgo_concatstring2(ptr %272, i64 %273, ptr @.str.48, i64 15)
  %275 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %274, ptr %275, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %275)
  unreachable

typeassert.next:                                  ; preds = %itab.done29
  %276 = load %main.Rect, ptr %263, align 8
  %277 = extractvalue %main.Rect %276, 0
  %278 = extractvalue { ptr, ptr } %161, 0
  %279 = extractvalue { ptr, ptr } %215, 0
  %280 = extractvalue { ptr, ptr } %161, 1
  %281 = extractvalue { ptr, ptr } %215, 1
  %282 = extractvalue { ptr, ptr } %161, 0
  %283 = icmp eq ptr %282, null
  br i1 %283, label %itab.done31, label %itab.type30

itab.type30:                                      ; preds = %typeassert.next
  %284 = getelementptr i8, ptr %282, i64 8
  %285 = load ptr, ptr %284, align 8
  br label %itab.done31

itab.done31:                                      ; preds = %itab.type30, %typeassert.next
  %286 = phi ptr [ null, %typeassert.next ], [ %285, %itab.type30 ]
  %287 = extractvalue { ptr, ptr } %215, 0
  %288 = icmp eq ptr %287, null
  br i1 %288, label %itab.done33, label %itab.type32

itab.type32:                                      ; preds = %itab.done31
  %289 = getelementptr i8, ptr %287, i64 8
  %290 = load ptr, ptr %289, align 8
  br label %itab.done33

itab.done33:                                      ; preds = %itab.type32, %itab.done31
  %291 = phi ptr [ null, %itab.done31 ], [ %290, %itab.type32 ]
  %292 = icmp eq ptr %286, %291
  %293 = icmp eq ptr %286, null
  %294 = xor i1 %293, true
  %295 = and i1 %292, %294
  br i1 %295, label %ifaceeq.values34, label %ifaceeq.done36

ifaceeq.values34:                                 ; preds = %itab.done33
  %296 = getelementptr i8, ptr %286, i64 24
  %297 = load ptr, ptr %296, align 8
  %298 = icmp eq ptr %297, null
  br i1 %298, label %uncomparable.fail37, label %uncomparable.next38

uncomparable.fail37:                              ; preds = %ifaceeq.values34
  %299 = icmp eq ptr %286, null
  %300 = getelementptr i8, ptr %286, i64 -16
  %301 = select i1 %299, ptr @.nilname.49, ptr %300
  %302 = load { ptr, i64 }, ptr %301, align 8
  %303 = extractvalue { ptr, i64 } %302, 0
  %304 = extractvalue { ptr, i64 } %302, 1
  %305 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %303, i64 %304)
  %306 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %305, ptr %306, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %306)
  unreachable

uncomparable.next38:                              ; preds = %ifaceeq.values34
  %307 = getelementptr i8, ptr %286, i64 23
  %308 = load i8, ptr %307, align 1
  %309 = and i8 %308, 32
  %310 = icmp ne i8 %309, 0
  %311 = icmp eq ptr %280, %281
  br i1 %310, label %ifaceeq.done36, label %ifaceeq.boxed35

ifaceeq.boxed35:                                  ; preds = %uncomparable.next38
  %312 = call i1 %297(ptr %280, ptr %281)
  br label %ifaceeq.done36

ifaceeq.done36:                                   ; preds = %ifaceeq.boxed35, %uncomparable.next38, %itab.done33
  %313 = phi i1 [ %292, %itab.done33 ], [ %311, %uncomparable.next38 ], [ %312, %ifaceeq.boxed35 ]
  call void @llgo_printlock()
  call void @llgo_printbool(i1 %256)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %277)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %313)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %314 = extractvalue { ptr, ptr } %220, 0
  %315 = icmp eq ptr %314, null
  br i1 %315, label %itab.done40, label %itab.type39

itab.type39:                                      ; preds = %ifaceeq.done36
  %316 = getelementptr i8, ptr %314, i64 8
  %317 = load ptr, ptr %316, align 8
  br label %itab.done40

itab.done40:                                      ; preds = %itab.type39, %ifaceeq.done36
  %318 = phi ptr [ null, %ifaceeq.done36 ], [ %317, %itab.type39 ]
  %319 = icmp eq ptr %318, getelementptr inbounds (i8, ptr @"type:main.Label", i64 24)
  %320 = extractvalue { ptr, ptr } %220, 1
  br i1 %319, label %typeassert.ok, label %typeassert.done

typeassert.ok:                                    ; preds = %itab.done40
  %321 = load { ptr, i64 }, ptr %320, align 8
  br label %typeassert.done

typeassert.done:                                  ; preds = %typeassert.ok, %itab.done40
  %322 = phi { ptr, i64 } [ zeroinitializer, %itab.done40 ], [ %321, %typeassert.ok ]
  %323 = insertvalue { { ptr, i64 }, i1 } undef, { ptr, i64 } %322, 0
  %324 = insertvalue { { ptr, i64 }, i1 } %323, i1 %319, 1
  %325 = extractvalue { { ptr, i64 }, i1 } %324, 1
  %326 = extractvalue { { ptr, i64 }, i1 } %324, 0
  br i1 %325, label %"2.typeswitch.body", label %"3.typeswitch.next"

"3.typeswitch.next":                              ; preds = %typeassert.done
  %327 = extractvalue { ptr, ptr } %220, 0
  %328 = icmp eq ptr %327, null
  br i1 %328, label %itab.done42, label %itab.type41

itab.type41:                                      ; preds = %"3.typeswitch.next"
  %329 = getelementptr i8, ptr %327, i64 8
  %330 = load ptr, ptr %329, align 8
  br label %itab.done42

itab.done42:                                      ; preds = %itab.type41, %"3.typeswitch.next"
  %331 = phi ptr [ null, %"3.typeswitch.next" ], [ %330, %itab.type41 ]
  %332 = icmp eq ptr %331, getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24)
  %333 = extractvalue { ptr, ptr } %220, 1
  br i1 %332, label %typeassert.ok43, label %typeassert.done44

typeassert.ok43:                                  ; preds = %itab.done42
  %334 = load %main.Rect, ptr %333, align 8
  br label %typeassert.done44

typeassert.done44:                                ; preds = %typeassert.ok43, %itab.done42
  %335 = phi %main.Rect [ zeroinitializer, %itab.done42 ], [ %334, %typeassert.ok43 ]
  %336 = insertvalue { %main.Rect, i1 } undef, %main.Rect %335, 0
  %337 = insertvalue { %main.Rect, i1 } %336, i1 %332, 1
  %338 = extractvalue { %main.Rect, i1 } %337, 1
  %339 = extractvalue { %main.Rect, i1 } %337, 0
  br i1 %338, label %"4.typeswitch.body", label %"5.typeswitch.next"

"5.typeswitch.next":                              ; preds = %typeassert.done44
  br label %"1.typeswitch.done"

"4.typeswitch.body":                              ; preds = %typeassert.done44
  store %main.Rect zeroinitializer, ptr %v, align 8
  store %main.Rect %339, ptr %v, align 8
  %340 = getelementptr inbounds nuw %main.Rect, ptr %v, i32 0, i32 1
  %341 = load i64, ptr %340, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %341)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.typeswitch.done"

"2.typeswitch.body":                              ; preds = %typeassert.done
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.50, i64 5)
  call void @llgo_printsp()
  %342 = extractvalue { ptr, i64 } %326, 0
  %343 = extractvalue { ptr, i64 } %326, 1
  call void @llgo_printstring(ptr %342, i64 %343)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"1.typeswitch.done"

"1.typeswitch.done":                              ; preds = %"2.typeswitch.body", %"4.typeswitch.body", %"5.typeswitch.next"
  %344 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[main.Namer]int", i64 24), i64 1)
  store { ptr, ptr } %215, ptr %mapkey, align 8
  %345 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[main.Namer]int", i64 24), ptr %344, ptr %mapkey)
  store i64 1, ptr %345, align 8
  store { ptr, ptr } %220, ptr %mapkey45, align 8
  %346 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[main.Namer]int", i64 24), ptr %344, ptr %mapkey45)
  %347 = icmp ne ptr %346, null
  %348 = select i1 %347, ptr %346, ptr @"zero:int"
  %349 = load i64, ptr %348, align 8
  %350 = add i64 %349, 1
  store { ptr, ptr } %220, ptr %mapkey46, align 8
  %351 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[main.Namer]int", i64 24), ptr %344, ptr %mapkey46)
  store i64 %350, ptr %351, align 8
  %352 = call i64 @llgo_maplen(ptr %344)
  store { ptr, ptr } %215, ptr %mapkey47, align 8
  %353 = call ptr @llgo_mapaccess(ptr getelementptr inbounds (i8, ptr @"type:map[main.Namer]int", i64 24), ptr %344, ptr %mapkey47)
  %354 = icmp ne ptr %353, null
  %355 = select i1 %354, ptr %353, ptr @"zero:int"
  %356 = load i64, ptr %355, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %352)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %356)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %357 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:[6]interface{}", i64 24))
  %358 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 0
  store { ptr, ptr } zeroinitializer, ptr %358, align 8
  store %main.Rect zeroinitializer, ptr %complit48, align 8
  %359 = getelementptr inbounds nuw %main.Rect, ptr %complit48, i32 0, i32 0
  store i64 1, ptr %359, align 8
  %360 = getelementptr inbounds nuw %main.Rect, ptr %complit48, i32 0, i32 1
  store i64 1, ptr %360, align 8
  %361 = load %main.Rect, ptr %complit48, align 8
  %362 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  store %main.Rect %361, ptr %362, align 8
  %363 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24), ptr undef }, ptr %362, 1
  %364 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 1
  store { ptr, ptr } %363, ptr %364, align 8
  %365 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Label", i64 24))
  store { ptr, i64 } { ptr @.str.57, i64 3 }, ptr %365, align 8
  %366 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.Label", i64 24), ptr undef }, ptr %365, 1
  %367 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 2
  store { ptr, ptr } %366, ptr %367, align 8
  %368 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  %369 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*main.Rect", i64 24), ptr undef }, ptr %368, 1
  %370 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 3
  store { ptr, ptr } %369, ptr %370, align 8
  %371 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 3, ptr %371, align 8
  %372 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %371, 1
  %373 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 4
  store { ptr, ptr } %372, ptr %373, align 8
  %374 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } { ptr @.str.58, i64 1 }, ptr %374, align 8
  %375 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %374, 1
  %376 = getelementptr [6 x { ptr, ptr }], ptr %357, i64 0, i64 5
  store { ptr, ptr } %375, ptr %376, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"1.typeswitch.done"
  call void @llgo_panicslicelen(i64 0, i64 6, i64 6)
  unreachable

slice.next:                                       ; preds = %"1.typeswitch.done"
  %377 = getelementptr { ptr, ptr }, ptr %357, i64 0
  %378 = insertvalue { ptr, i64, i64 } undef, ptr %377, 0
  %379 = insertvalue { ptr, i64, i64 } %378, i64 6, 1
  %380 = insertvalue { ptr, i64, i64 } %379, i64 6, 2
  %381 = extractvalue { ptr, i64, i64 } %380, 1
  br label %"6.rangeindex.loop"

"6.rangeindex.loop":                              ; preds = %bounds.next, %slice.next
  %382 = phi i64 [ -1, %slice.next ], [ %383, %bounds.next ]
  %383 = add i64 %382, 1
  %384 = icmp slt i64 %383, %381
  br i1 %384, label %"7.rangeindex.body", label %"8.rangeindex.done"

"8.rangeindex.done":                              ; preds = %"6.rangeindex.loop"
  ret void

"7.rangeindex.body":                              ; preds = %"6.rangeindex.loop"
  %385 = extractvalue { ptr, i64, i64 } %380, 1
  %386 = icmp uge i64 %383, %385
  br i1 %386, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"7.rangeindex.body"
  call void @llgo_panicindex(i64 %383, i64 %385)
  unreachable

bounds.next:                                      ; preds = %"7.rangeindex.body"
  %387 = extractvalue { ptr, i64, i64 } %380, 0
  %388 = getelementptr { ptr, ptr }, ptr %387, i64 %383
  %389 = load { ptr, ptr }, ptr %388, align 8
  %390 = call { ptr, i64 } @main.describe({ ptr, ptr } %389, ptr null)
  call void @llgo_printlock()
  %391 = extractvalue { ptr, i64 } %390, 0
  %392 = extractvalue { ptr, i64 } %390, 1
  call void @llgo_printstring(ptr %391, i64 %392)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  br label %"6.rangeindex.loop"
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare ptr @llgo_getitab(ptr, ptr, i1)

define linkonce_odr i64 @"hash:main.Shape"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.Shape"(ptr %0, ptr %1) {
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
  %27 = select i1 %25, ptr @.nilname, ptr %26
  %28 = load { ptr, i64 }, ptr %27, align 8
  %29 = extractvalue { ptr, i64 } %28, 0
  %30 = extractvalue { ptr, i64 } %28, 1
  %31 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %29, i64 %30)
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

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

; Function Attrs: noreturn
declare void @llgo_panic(ptr, ptr) #0

define linkonce_odr i64 @"hash:main.Namer"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.Namer"(ptr %0, ptr %1) {
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
  %27 = select i1 %25, ptr @.nilname.11, ptr %26
  %28 = load { ptr, i64 }, ptr %27, align 8
  %29 = extractvalue { ptr, i64 } %28, 0
  %30 = extractvalue { ptr, i64 } %28, 1
  %31 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %29, i64 %30)
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

define linkonce_odr i64 @"hash:main.Resetter"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.Resetter"(ptr %0, ptr %1) {
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
  %27 = select i1 %25, ptr @.nilname.14, ptr %26
  %28 = load { ptr, i64 }, ptr %27, align 8
  %29 = extractvalue { ptr, i64 } %28, 0
  %30 = extractvalue { ptr, i64 } %28, 1
  %31 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %29, i64 %30)
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

define linkonce_odr i64 @"hash:main.Rect"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.Rect, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.Rect, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i1 @"eq:main.Rect"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Rect, ptr %0, align 8
  %3 = load %main.Rect, ptr %1, align 8
  %4 = extractvalue %main.Rect %2, 0
  %5 = extractvalue %main.Rect %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.Rect %2, 1
  %9 = extractvalue %main.Rect %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  ret i1 %11
}

define linkonce_odr i64 @"main.Rect.Area$ptr"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Rect, ptr %0, align 8
  %3 = call i64 @main.Rect.Area(%main.Rect %2, ptr %1)
  ret i64 %3
}

define linkonce_odr { ptr, i64 } @"main.Rect.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Rect, ptr %0, align 8
  %3 = call { ptr, i64 } @main.Rect.Name(%main.Rect %2, ptr %1)
  ret { ptr, i64 } %3
}

define linkonce_odr i64 @"main.Rect.Size$ptr"(ptr %0, i64 %1, ptr %2) {
entry:
  %3 = load %main.Rect, ptr %0, align 8
  %4 = call i64 @main.Rect.Size(%main.Rect %3, i64 %1, ptr %2)
  ret i64 %4
}

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printbool(i1)

define linkonce_odr i64 @"hash:*main.Rect"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*main.Rect"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
}

define linkonce_odr i64 @"hash:main.Sizer"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.Sizer"(ptr %0, ptr %1) {
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
  %27 = select i1 %25, ptr @.nilname.32, ptr %26
  %28 = load { ptr, i64 }, ptr %27, align 8
  %29 = extractvalue { ptr, i64 } %28, 0
  %30 = extractvalue { ptr, i64 } %28, 1
  %31 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %29, i64 %30)
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

define linkonce_odr i64 @"hash:main.Odd"(ptr %0, i64 %1) {
entry:
  ret i64 %1
}

define linkonce_odr i1 @"eq:main.Odd"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Odd, ptr %0, align 1
  %3 = load %main.Odd, ptr %1, align 1
  ret i1 true
}

define linkonce_odr i64 @"main.Odd.Size$ptr"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Odd, ptr %0, align 1
  %3 = call i64 @main.Odd.Size(%main.Odd %2, ptr %1)
  ret i64 %3
}

define linkonce_odr { ptr, i64 } @"main.Label.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = load { ptr, i64 }, ptr %0, align 8
  %3 = call { ptr, i64 } @main.Label.Name({ ptr, i64 } %2, ptr %1)
  ret { ptr, i64 } %3
}

define linkonce_odr i64 @"hash:main.Label"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_strhash(ptr %0, i64 %1)
  ret i64 %2
}

define linkonce_odr i1 @"eq:main.Label"(ptr %0, ptr %1) {
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

declare ptr @llgo_makemap(ptr, i64)

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare ptr @llgo_mapaccess(ptr, ptr, ptr)

declare i64 @llgo_maplen(ptr)

define linkonce_odr i64 @"hash:[6]interface{}"(ptr %0, i64 %1) {
entry:
  br label %hash.elem

hash.elem:                                        ; preds = %hash.elem, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %hash.elem ]
  %h = phi i64 [ %1, %entry ], [ %3, %hash.elem ]
  %2 = getelementptr { ptr, ptr }, ptr %0, i64 %i
  %3 = call i64 @"hash:interface{}"(ptr %2, i64 %h)
  %4 = add i64 %i, 1
  %5 = icmp ult i64 %4, 6
  br i1 %5, label %hash.elem, label %hash.done

hash.done:                                        ; preds = %hash.elem
  ret i64 %3
}

define linkonce_odr i64 @"hash:interface{}"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_nilinterhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_nilinterhash(ptr, i64)

define linkonce_odr i1 @"eq:[6]interface{}"(ptr %0, ptr %1) {
entry:
  br label %eq.elem

eq.elem:                                          ; preds = %eq.next, %entry
  %i = phi i64 [ 0, %entry ], [ %5, %eq.next ]
  %2 = getelementptr { ptr, ptr }, ptr %0, i64 %i
  %3 = getelementptr { ptr, ptr }, ptr %1, i64 %i
  %4 = call i1 @"eq:interface{}"(ptr %2, ptr %3)
  br i1 %4, label %eq.next, label %eq.differ

eq.next:                                          ; preds = %eq.elem
  %5 = add i64 %i, 1
  %6 = icmp ult i64 %5, 6
  br i1 %6, label %eq.elem, label %eq.same

eq.differ:                                        ; preds = %eq.elem
  ret i1 false

eq.same:                                          ; preds = %eq.next
  ret i1 true
}

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
  %15 = icmp eq ptr %4, null
  %16 = getelementptr i8, ptr %4, i64 -16
  %17 = select i1 %15, ptr @.nilname.53, ptr %16
  %18 = load { ptr, i64 }, ptr %17, align 8
  %19 = extractvalue { ptr, i64 } %18, 0
  %20 = extractvalue { ptr, i64 } %18, 1
  %21 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.3, i64 43, ptr %19, i64 %20)
  %22 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %21, ptr %22, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %22)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %23 = getelementptr i8, ptr %4, i64 23
  %24 = load i8, ptr %23, align 1
  %25 = and i8 %24, 32
  %26 = icmp ne i8 %25, 0
  %27 = icmp eq ptr %6, %7
  br i1 %26, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %28 = call i1 %13(ptr %6, ptr %7)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %29 = phi i1 [ %8, %entry ], [ %27, %uncomparable.next ], [ %28, %ifaceeq.boxed ]
  ret i1 %29
}

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

attributes #0 = { noreturn }
