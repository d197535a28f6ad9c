; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.Rect = type { i64, i64 }
%main.Sq = type { i64 }

@.str = private unnamed_addr constant [4 x i8] c"rect", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"square", align 1
@"itab:main.Rect,main.Shape" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [2 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24), i32 302375952, [4 x i8] zeroinitializer, [2 x ptr] [ptr @"main.Rect.Area$ptr", ptr @"main.Rect.Name$ptr"] }, align 8
@"type:main.Rect" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.Rect", { ptr, i64 } { ptr @.str.2, i64 9 }, i64 16, i64 0, i32 302375952, i8 1, i8 8, i8 8, i8 25, ptr @"eq:main.Rect", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 2, i16 2, i32 0, ptr @.methods }, align 8
@.str.2 = private unnamed_addr constant [9 x i8] c"main.Rect", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.3, i64 4 }, align 8
@.str.3 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"Area", align 1
@"type:func() int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.5, i64 10 }, i64 16, i64 16, i32 -895306499, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.5 = private unnamed_addr constant [10 x i8] c"func() int", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.str.6 = private unnamed_addr constant [4 x i8] c"Name", align 1
@"type:func() string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.7, i64 13 }, i64 16, i64 16, i32 1926728997, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [13 x i8] c"func() string", align 1
@.methods = private constant [2 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.4, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.Rect.Area$ptr" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.Rect.Name$ptr" }], align 8
@"type:main.Shape" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Shape", { ptr, i64 } { ptr @.str.8, i64 10 }, i64 16, i64 16, i32 -1896275841, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Shape", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.9, i64 2, i64 2 }, align 8
@.str.8 = private unnamed_addr constant [10 x i8] c"main.Shape", align 1
@.methods.9 = private constant [2 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.4, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24) }, { { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24) }], align 8
@"type:main.Sq" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.Sq", { ptr, i64 } { ptr @.str.10, i64 7 }, i64 8, i64 0, i32 1310008118, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.Sq", ptr null, i32 0, i32 0 }, align 8
@.str.10 = private unnamed_addr constant [7 x i8] c"main.Sq", align 1
@"itab:*main.Sq,main.Shape" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [2 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.Shape", i64 24), ptr getelementptr inbounds (i8, ptr @"type:*main.Sq", i64 24), i32 -494987330, [4 x i8] zeroinitializer, [2 x ptr] [ptr @"main.(*Sq).Area", ptr @"main.(*Sq).Name"] }, align 8
@"type:*main.Sq" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i16, i16, i32, ptr } { ptr @"hash:*main.Sq", { ptr, i64 } { ptr @.str.11, i64 8 }, i64 8, i64 8, i32 -494987330, i8 1, i8 8, i8 8, i8 54, ptr @"eq:*main.Sq", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.Sq", i64 24), ptr @"pkgpath:main", i16 2, i16 2, i32 0, ptr @.methods.12 }, align 8
@.str.11 = private unnamed_addr constant [8 x i8] c"*main.Sq", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.methods.12 = private constant [2 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.4, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.(*Sq).Area" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 4 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() string", i64 24), ptr @"main.(*Sq).Name" }], align 8
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.13, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.13 = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.14, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.14 = private unnamed_addr constant [6 x i8] c"string", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"text", align 1
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.16, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods.17, i64 0, i64 0 }, align 8
@.str.16 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@.methods.17 = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8

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
  %3 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Rect", i64 24))
  store %main.Rect %2, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"itab:main.Rect,main.Shape", ptr undef }, ptr %3, 1
  call void @main.describe({ ptr, ptr } %4, ptr null)
  %5 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.Sq", i64 24))
  %6 = getelementptr inbounds nuw %main.Sq, ptr %5, i32 0, i32 0
  store i64 5, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr @"itab:*main.Sq,main.Shape", ptr undef }, ptr %5, 1
  call void @main.describe({ ptr, ptr } %7, ptr null)
  %8 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 42, ptr %8, align 8
  %9 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %8, 1
  %10 = extractvalue { ptr, ptr } %9, 0
  %11 = icmp eq ptr %10, getelementptr inbounds (i8, ptr @"type:int", i64 24)
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
  %20 = icmp eq ptr %19, getelementptr inbounds (i8, ptr @"type:string", i64 24)
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
  %30 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } { ptr @.str.15, i64 4 }, ptr %30, align 8
  %31 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr undef }, ptr %30, 1
  %32 = extractvalue { ptr, ptr } %31, 0
  %33 = icmp eq ptr %32, getelementptr inbounds (i8, ptr @"type:string", i64 24)
  %34 = extractvalue { ptr, ptr } %31, 1
  %35 = xor i1 %33, true
  br i1 %35, label %typeassert.fail, label %typeassert.next

typeassert.fail:                                  ; preds = %typeassert.done2
  call void @llgo_panicdottype(ptr %32, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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
  %40 = icmp eq ptr %39, getelementptr inbounds (i8, ptr @"type:string", i64 24)
  %41 = extractvalue { ptr, ptr } %9, 1
  %42 = xor i1 %40, true
  br i1 %42, label %typeassert.fail3, label %typeassert.next4

typeassert.fail3:                                 ; preds = %typeassert.next
  call void @llgo_panicdottype(ptr %39, ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
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

define linkonce_odr i64 @"hash:main.Rect"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.Rect, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.Rect, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

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

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

declare ptr @llgo_newobject(ptr)

define linkonce_odr i64 @"hash:main.Sq"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.Sq, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  ret i64 %3
}

define linkonce_odr i1 @"eq:main.Sq"(ptr %0, ptr %1) {
entry:
  %2 = load %main.Sq, ptr %0, align 8
  %3 = load %main.Sq, ptr %1, align 8
  %4 = extractvalue %main.Sq %2, 0
  %5 = extractvalue %main.Sq %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  ret i1 %7
}

define linkonce_odr i64 @"hash:*main.Sq"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*main.Sq"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
}

define linkonce_odr i1 @"eq:int"(ptr %0, ptr %1) {
entry:
  %2 = load i64, ptr %0, align 8
  %3 = load i64, ptr %1, align 8
  %4 = icmp eq i64 %2, %3
  ret i1 %4
}

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

declare void @llgo_printbool(i1)

; Function Attrs: noreturn
declare void @llgo_panicdottype(ptr, ptr, ptr) #0

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

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
