; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.T = type { i64 }

@.str = private unnamed_addr constant [1 x i8] c"M", align 1
@.str.1 = private unnamed_addr constant [1 x i8] c"N", align 1
@"type:main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, i16, i16, i32, ptr } { ptr @"hash:main.T", { ptr, i64 } { ptr @.str.2, i64 6 }, i64 8, i64 0, i32 -1945194078, i8 1, i8 8, i8 8, i8 25, ptr @"eq:main.T", ptr null, i32 0, i32 0, ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods }, align 8
@.str.2 = private unnamed_addr constant [6 x i8] c"main.T", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.3, i64 4 }, align 8
@.str.3 = private unnamed_addr constant [4 x i8] c"main", align 1
@"type:func()" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.4, i64 6 }, i64 16, i64 16, i32 -1386840404, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"func()", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.1, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.T.N$ptr" }], align 8
@"type:*main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i16, i16, i32, ptr } { ptr @"hash:*main.T", { ptr, i64 } { ptr @.str.5, i64 7 }, i64 8, i64 8, i32 -1207312294, i8 1, i8 8, i8 8, i8 54, ptr @"eq:*main.T", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24), ptr @"pkgpath:main", i16 2, i16 2, i32 0, ptr @.methods.6 }, align 8
@.str.5 = private unnamed_addr constant [7 x i8] c"*main.T", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@.methods.6 = private constant [2 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.(*T).M" }, { { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.1, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24), ptr @"main.T.N$ptr" }], align 8
@"type:main.I" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.I", { ptr, i64 } { ptr @.str.7, i64 6 }, i64 16, i64 16, i32 -2129747887, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.I", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.8, i64 2, i64 2 }, align 8
@.str.7 = private unnamed_addr constant [6 x i8] c"main.I", align 1
@.methods.8 = private constant [2 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }, { { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.1, i64 1 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func()", i64 24) }], align 8

define void @"main.(*T).M"(ptr %t, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %t, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.T, ptr %t, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 1)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.T.N(%main.T %t, ptr %context) {
entry:
  %t1 = alloca %main.T, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store %main.T zeroinitializer, ptr %t1, align 8
  store %main.T %t, ptr %t1, align 8
  %0 = getelementptr inbounds nuw %main.T, ptr %t1, i32 0, i32 0
  %1 = load i64, ptr %0, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.1, i64 1)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %1)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  %complit = alloca %main.T, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24))
  %1 = getelementptr inbounds nuw %main.T, ptr %0, i32 0, i32 0
  store i64 1, ptr %1, align 8
  %2 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:*main.T", i64 24), ptr undef }, ptr %0, 1
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = extractvalue { ptr, ptr } %2, 1
  %5 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.I", i64 24), ptr %3, i1 false)
  %6 = insertvalue { ptr, ptr } undef, ptr %5, 0
  %7 = insertvalue { ptr, ptr } %6, ptr %4, 1
  %8 = extractvalue { ptr, ptr } %7, 0
  %9 = icmp eq ptr %8, null
  br i1 %9, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %10 = getelementptr i8, ptr %8, i64 24
  %11 = load ptr, ptr %10, align 8
  %12 = extractvalue { ptr, ptr } %7, 1
  call void %11(ptr %12, ptr null)
  store %main.T zeroinitializer, ptr %complit, align 8
  %13 = getelementptr inbounds nuw %main.T, ptr %complit, i32 0, i32 0
  store i64 2, ptr %13, align 8
  %14 = load %main.T, ptr %complit, align 8
  %15 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24))
  store %main.T %14, ptr %15, align 8
  %16 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24), ptr undef }, ptr %15, 1
  %17 = extractvalue { ptr, ptr } %16, 0
  %18 = extractvalue { ptr, ptr } %16, 1
  %19 = call ptr @llgo_getitab(ptr getelementptr inbounds (i8, ptr @"type:main.I", i64 24), ptr %17, i1 false)
  %20 = insertvalue { ptr, ptr } undef, ptr %19, 0
  %21 = insertvalue { ptr, ptr } %20, ptr %18, 1
  %22 = extractvalue { ptr, ptr } %21, 0
  %23 = icmp eq ptr %22, null
  br i1 %23, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  %24 = getelementptr i8, ptr %22, i64 32
  %25 = load ptr, ptr %24, align 8
  %26 = extractvalue { ptr, ptr } %21, 1
  call void %25(ptr %26, ptr null)
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

declare ptr @llgo_newobject(ptr)

define linkonce_odr i64 @"hash:main.T"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.T, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  ret i64 %3
}

define linkonce_odr i64 @"hash:int"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:main.T"(ptr %0, ptr %1) {
entry:
  %2 = load %main.T, ptr %0, align 8
  %3 = load %main.T, ptr %1, align 8
  %4 = extractvalue %main.T %2, 0
  %5 = extractvalue %main.T %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  ret i1 %7
}

define linkonce_odr void @"main.T.N$ptr"(ptr %0, ptr %1) {
entry:
  %2 = icmp eq ptr %0, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %3 = load %main.T, ptr %0, align 8
  call void @llgo_deferforward(ptr @"main.T.N$ptr", ptr @main.T.N)
  call void @main.T.N(%main.T %3, ptr %1)
  ret void
}

declare void @llgo_deferforward(ptr, ptr)

define linkonce_odr i64 @"hash:*main.T"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

define linkonce_odr i1 @"eq:*main.T"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
}

declare ptr @llgo_getitab(ptr, ptr, i1)

define linkonce_odr i64 @"hash:main.I"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.I"(ptr %0, ptr %1) {
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

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
