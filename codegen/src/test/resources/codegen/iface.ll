; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Rect = type { i64, i64 }
%main.Sq = type { i64 }

@.str = private unnamed_addr constant [4 x i8] c"rect", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"square", align 1
@"itab:main.Rect,main.Shape" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [2 x ptr] } { ptr @"type:main.Shape", ptr @"type:main.Rect", i32 302375952, [4 x i8] zeroinitializer, [2 x ptr] [ptr @"main.Rect.Area$ptr", ptr @"main.Rect.Name$ptr"] }, align 8
@"name:1:*main.Shape" = linkonce_odr constant [13 x i8] c"\01\0B*main.Shape", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*main.Shape" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1821077017, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Shape", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Shape" }, section "llgo_types", align 8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:1:Area" = linkonce_odr constant [6 x i8] c"\01\04Area", align 1
@"name:0:*func() int" = linkonce_odr constant [13 x i8] c"\00\0B*func() int", align 1
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -895306499, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:int"] }, section "llgo_types", align 8
@"name:1:Name" = linkonce_odr constant [6 x i8] c"\01\04Name", align 1
@"name:0:*func() string" = linkonce_odr constant [16 x i8] c"\00\0E*func() string", align 1
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func() string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1926728997, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 0, i16 1, i32 0, [1 x ptr] [ptr @"type:string"] }, section "llgo_types", align 8
@"type:main.Shape" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -1896275841, i8 7, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:main.Shape", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Shape" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Shape", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 32, i32 0 }, [2 x { i32, i32 }] [{ i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Rect" = linkonce_odr constant [12 x i8] c"\01\0A*main.Rect", align 1
@"type:*main.Rect" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [2 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -878811880, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Rect", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Rect", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 2, i16 2, i32 16, i32 0 }, [2 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:w" = linkonce_odr constant [3 x i8] c"\00\01w", align 1
@"name:0:h" = linkonce_odr constant [3 x i8] c"\00\01h", align 1
@"type:main.Rect" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [2 x { ptr, ptr, i64 }], [2 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 0, i32 302375952, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Rect", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Rect" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Rect", i64 104), i64 2, i64 2 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 2, i16 2, i32 64, i32 0 }, [2 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:w", ptr @"type:int", i64 0 }, { ptr, ptr, i64 } { ptr @"name:0:h", ptr @"type:int", i64 8 }], [2 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Area$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Rect.Area to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.Rect.Name$ptr" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @main.Rect.Name to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:1:*main.Sq" = linkonce_odr constant [10 x i8] c"\01\08*main.Sq", align 1
@"type:*main.Sq" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [2 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -494987330, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.Sq", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Sq" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.Sq", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 2, i16 2, i32 16, i32 0 }, [2 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Sq).Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Sq).Area" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func() string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Sq).Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*Sq).Name" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:s" = linkonce_odr constant [3 x i8] c"\00\01s", align 1
@"type:main.Sq" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 1310008118, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.Sq", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:1:*main.Sq" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.Sq" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.Sq", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:s", ptr @"type:int", i64 0 }] }, section "llgo_types", align 8
@"itab:*main.Sq,main.Shape" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [2 x ptr] } { ptr @"type:main.Shape", ptr @"type:*main.Sq", i32 -494987330, [4 x i8] zeroinitializer, [2 x ptr] [ptr @"main.(*Sq).Area", ptr @"main.(*Sq).Name"] }, align 8
@.str.2 = private unnamed_addr constant [4 x i8] c"text", align 1
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8

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

define i64 @"main.(*Sq).Area"(ptr %q, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %q, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.Sq, ptr %q, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  %3 = getelementptr inbounds nuw %main.Sq, ptr %q, i32 0, i32 0
  %4 = load i64, ptr %3, align 8
  %5 = mul i64 %2, %4
  ret i64 %5
}

define { ptr, i64 } @"main.(*Sq).Name"(ptr %q, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret { ptr, i64 } { ptr @.str.1, i64 6 }
}

define void @main.describe({ ptr, ptr } %s, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = extractvalue { ptr, ptr } %s, 0
  %1 = icmp eq ptr %0, null
  br i1 %1, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %2 = getelementptr i8, ptr %0, i64 32
  %3 = load ptr, ptr %2, align 8
  %4 = extractvalue { ptr, ptr } %s, 1
  %5 = call { ptr, i64 } %3(ptr %4, ptr null)
  %6 = extractvalue { ptr, ptr } %s, 0
  %7 = icmp eq ptr %6, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %8 = getelementptr i8, ptr %6, i64 24
  %9 = load ptr, ptr %8, align 8
  %10 = extractvalue { ptr, ptr } %s, 1
  %11 = call i64 %9(ptr %10, ptr null)
  call void @llgo_printlock()
  %12 = extractvalue { ptr, i64 } %5, 0
  %13 = extractvalue { ptr, i64 } %5, 1
  call void @llgo_printstring(ptr %12, i64 %13)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %11)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.Rect, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.Rect zeroinitializer, ptr %complit, align 8
  %0 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 0
  store i64 3, ptr %0, align 8
  %1 = getelementptr inbounds nuw %main.Rect, ptr %complit, i32 0, i32 1
  store i64 4, ptr %1, align 8
  %2 = load %main.Rect, ptr %complit, align 8
  %3 = call ptr @llgo_newobject(ptr @"type:main.Rect")
  store %main.Rect %2, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"itab:main.Rect,main.Shape", ptr undef }, ptr %3, 1
  call void @main.describe({ ptr, ptr } %4, ptr null)
  %5 = call ptr @llgo_newobject(ptr @"type:main.Sq")
  %6 = getelementptr inbounds nuw %main.Sq, ptr %5, i32 0, i32 0
  store i64 5, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr @"itab:*main.Sq,main.Shape", ptr undef }, ptr %5, 1
  call void @main.describe({ ptr, ptr } %7, ptr null)
  %8 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 42, ptr %8, align 8
  %9 = insertvalue { ptr, ptr } { ptr @"type:int", ptr undef }, ptr %8, 1
  %10 = extractvalue { ptr, ptr } %9, 0
  %11 = icmp eq ptr %10, @"type:int"
  %12 = extractvalue { ptr, ptr } %9, 1
  br i1 %11, label %typeassert.ok, label %typeassert.done

typeassert.ok:                                    ; preds = %"0.entry"
  %13 = load i64, ptr %12, align 8
  br label %typeassert.done

typeassert.done:                                  ; preds = %typeassert.ok, %"0.entry"
  %14 = phi i64 [ 0, %"0.entry" ], [ %13, %typeassert.ok ]
  %15 = insertvalue { i64, i1 } undef, i64 %14, 0
  %16 = insertvalue { i64, i1 } %15, i1 %11, 1
  %17 = extractvalue { i64, i1 } %16, 0
  %18 = extractvalue { i64, i1 } %16, 1
  %19 = extractvalue { ptr, ptr } %9, 0
  %20 = icmp eq ptr %19, @"type:string"
  %21 = extractvalue { ptr, ptr } %9, 1
  br i1 %20, label %typeassert.ok1, label %typeassert.done2

typeassert.ok1:                                   ; preds = %typeassert.done
  %22 = load { ptr, i64 }, ptr %21, align 8
  br label %typeassert.done2

typeassert.done2:                                 ; preds = %typeassert.ok1, %typeassert.done
  %23 = phi { ptr, i64 } [ zeroinitializer, %typeassert.done ], [ %22, %typeassert.ok1 ]
  %24 = insertvalue { { ptr, i64 }, i1 } undef, { ptr, i64 } %23, 0
  %25 = insertvalue { { ptr, i64 }, i1 } %24, i1 %20, 1
  %26 = extractvalue { { ptr, i64 }, i1 } %25, 0
  %27 = extractvalue { { ptr, i64 }, i1 } %25, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %17)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %18)
  call void @llgo_printsp()
  %28 = extractvalue { ptr, i64 } %26, 0
  %29 = extractvalue { ptr, i64 } %26, 1
  call void @llgo_printstring(ptr %28, i64 %29)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %27)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %30 = call ptr @llgo_newobject(ptr @"type:string")
  store { ptr, i64 } { ptr @.str.2, i64 4 }, ptr %30, align 8
  %31 = insertvalue { ptr, ptr } { ptr @"type:string", ptr undef }, ptr %30, 1
  %32 = extractvalue { ptr, ptr } %31, 0
  %33 = icmp eq ptr %32, @"type:string"
  %34 = extractvalue { ptr, ptr } %31, 1
  %35 = xor i1 %33, true
  br i1 %35, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %typeassert.done2
  call void @llgo_panicdottype(ptr %32, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next:                                  ; preds = %typeassert.done2
  %36 = load { ptr, i64 }, ptr %34, align 8
  call void @llgo_printlock()
  %37 = extractvalue { ptr, i64 } %36, 0
  %38 = extractvalue { ptr, i64 } %36, 1
  call void @llgo_printstring(ptr %37, i64 %38)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %39 = extractvalue { ptr, ptr } %9, 0
  %40 = icmp eq ptr %39, @"type:string"
  %41 = extractvalue { ptr, ptr } %9, 1
  %42 = xor i1 %40, true
  br i1 %42, label %typeassert.fail3, label %typeassert.next4

typeassert.fail3:                                 ; preds = %typeassert.next
  call void @llgo_panicdottype(ptr %39, ptr @"type:string", ptr @"type:interface{}")
  unreachable

typeassert.next4:                                 ; preds = %typeassert.next
  %43 = load { ptr, i64 }, ptr %41, align 8
  call void @llgo_printlock()
  %44 = extractvalue { ptr, i64 } %43, 0
  %45 = extractvalue { ptr, i64 } %43, 1
  call void @llgo_printstring(ptr %44, i64 %45)
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
declare void @llgo_panicnilderef() #0

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i64 @"main.Rect.Area$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Rect, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Rect.Area$ptr", ptr @main.Rect.Area)
  %4 = call i64 @main.Rect.Area(%main.Rect %3, ptr %1)
  ret i64 %4
}

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr { ptr, i64 } @"main.Rect.Name$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.Rect, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.Rect.Name$ptr", ptr @main.Rect.Name)
  %4 = call { ptr, i64 } @main.Rect.Name(%main.Rect %3, ptr %1)
  ret { ptr, i64 } %4
}

define linkonce_odr i1 @"eq:*main.Shape"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Shape"(ptr %0, ptr %1, ptr %2) {
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

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

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

define linkonce_odr i1 @"eq:*main.Rect"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Rect"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Rect, ptr %0, align 8
  %4 = load %main.Rect, ptr %1, align 8
  %5 = extractvalue %main.Rect %3, 0
  %6 = extractvalue %main.Rect %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  %9 = extractvalue %main.Rect %3, 1
  %10 = extractvalue %main.Rect %4, 1
  %11 = icmp eq i64 %9, %10
  %12 = and i1 %8, %11
  ret i1 %12
}

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:*main.Sq"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.Sq"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.Sq, ptr %0, align 8
  %4 = load %main.Sq, ptr %1, align 8
  %5 = extractvalue %main.Sq %3, 0
  %6 = extractvalue %main.Sq %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

declare void @llgo_printbool(i1)

; Function Attrs: noreturn
declare void @llgo_panicdottype(ptr, ptr, ptr) #0

define linkonce_odr i1 @"eq:interface{}"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load { ptr, ptr }, ptr %0, align 8
  %4 = load { ptr, ptr }, ptr %1, align 8
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %4, 0
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = extractvalue { ptr, ptr } %4, 1
  %9 = icmp eq ptr %5, %6
  %10 = icmp eq ptr %5, null
  %11 = xor i1 %10, true
  %12 = and i1 %9, %11
  br i1 %12, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %entry
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
  %21 = getelementptr i8, ptr %5, i64 32
  %22 = load ptr, ptr %21, align 8
  %23 = call i1 %14(ptr %7, ptr %8, ptr %22)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %entry
  %24 = phi i1 [ %9, %entry ], [ %20, %uncomparable.next ], [ %23, %ifaceeq.boxed ]
  ret i1 %24
}

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
