; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.T = type { { ptr, i64, i64 } }

@"type:map[interface{}]int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr, i8, i8, i16, i32 } { ptr null, { ptr, i64 } { ptr @.str, i64 20 }, i64 8, i64 8, i32 797816425, i8 0, i8 8, i8 8, i8 53, ptr null, ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24), ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr null, ptr @"hash:interface{}", i8 16, i8 8, i16 0, i32 24 }, align 8
@.str = private unnamed_addr constant [20 x i8] c"map[interface {}]int", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.1, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str.1 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.2, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.2 = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.3, i64 6 }, i64 24, i64 8, i32 -1945194078, i8 0, i8 8, i8 8, i8 25, ptr null, ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [6 x i8] c"main.T", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"unreachable", align 1

define void @main.main(ptr %context) {
entry:
  %mapkey = alloca { ptr, ptr }, align 8
  %complit = alloca %main.T, align 8
  %mapkey1 = alloca { ptr, ptr }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_makemap(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), i64 0)
  %1 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 1, ptr %1, align 8
  %2 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:int", i64 24), ptr undef }, ptr %1, 1
  store { ptr, ptr } %2, ptr %mapkey, align 8
  %3 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %0, ptr %mapkey)
  store i64 2, ptr %3, align 8
  %4 = call i64 @llgo_maplen(ptr %0)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %4)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store %main.T zeroinitializer, ptr %complit, align 8
  %5 = load %main.T, ptr %complit, align 8
  %6 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24))
  store %main.T %5, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24), ptr undef }, ptr %6, 1
  store { ptr, ptr } %7, ptr %mapkey1, align 8
  %8 = call ptr @llgo_mapassign(ptr getelementptr inbounds (i8, ptr @"type:map[interface{}]int", i64 24), ptr %0, ptr %mapkey1)
  store i64 3, ptr %8, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 11)
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

declare ptr @llgo_makemap(ptr, i64)

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

; Function Attrs: noreturn
declare void @llgo_panicuncomparable(ptr) #0

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

declare ptr @llgo_mapassign(ptr, ptr, ptr)

declare i64 @llgo_maplen(ptr)

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printstring(ptr, i64)

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
