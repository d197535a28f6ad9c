; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.T = type { i64, i64 }

@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str = private unnamed_addr constant [3 x i8] c"int", align 1
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str.1, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str.1 = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [35 x i8] c"same value as a direct dereference:", align 1
@"itab:*main.T,main.Summer" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr getelementptr inbounds (i8, ptr @"type:main.Summer", i64 24), ptr getelementptr inbounds (i8, ptr @"type:*main.T", i64 24), i32 -1207312294, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.(*T).Sum"] }, align 8
@"type:*main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i16, i16, i32, ptr } { ptr @"hash:*main.T", { ptr, i64 } { ptr @.str.3, i64 7 }, i64 8, i64 8, i32 -1207312294, i8 1, i8 8, i8 8, i8 54, ptr @"eq:*main.T", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24), ptr @"pkgpath:main", i16 1, i16 1, i32 0, ptr @.methods.8 }, align 8
@.str.3 = private unnamed_addr constant [7 x i8] c"*main.T", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:main.T" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.T", { ptr, i64 } { ptr @.str.4, i64 6 }, i64 16, i64 0, i32 -1945194078, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.T", ptr null, i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"main.T", align 1
@"pkgpath:main" = linkonce_odr constant { ptr, i64 } { ptr @.str.5, i64 4 }, align 8
@.str.5 = private unnamed_addr constant [4 x i8] c"main", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"Sum", align 1
@"type:func() int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.7, i64 10 }, i64 16, i64 16, i32 -895306499, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [10 x i8] c"func() int", align 1
@.methods.8 = private constant [1 x { { ptr, i64 }, ptr, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 3 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24), ptr @"main.(*T).Sum" }], align 8
@"type:main.Summer" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:main.Summer", { ptr, i64 } { ptr @.str.9, i64 11 }, i64 16, i64 16, i32 604770887, i8 0, i8 8, i8 8, i8 20, ptr @"eq:main.Summer", ptr @"gcbits:03", i32 0, i32 0, ptr @"pkgpath:main", ptr @.methods.10, i64 1, i64 1 }, align 8
@.str.9 = private unnamed_addr constant [11 x i8] c"main.Summer", align 1
@.methods.10 = private constant [1 x { { ptr, i64 }, ptr, ptr }] [{ { ptr, i64 }, ptr, ptr } { { ptr, i64 } { ptr @.str.6, i64 3 }, ptr null, ptr getelementptr inbounds (i8, ptr @"type:func() int", i64 24) }], align 8

define i64 @"main.(*T).Sum"(ptr %t, ptr %context) {
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
  %3 = getelementptr inbounds nuw %main.T, ptr %t, i32 0, i32 1
  %4 = load i64, ptr %3, align 8
  %5 = add i64 %2, %4
  ret i64 %5
}

define i64 @main.try({ ptr, ptr } %s, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.try$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.try$defer1", ptr %6, ptr %8)
  %9 = extractvalue { ptr, ptr } %s, 0
  %10 = icmp eq ptr %9, null
  br i1 %10, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %11 = getelementptr i8, ptr %9, i64 24
  %12 = load ptr, ptr %11, align 8
  %13 = extractvalue { ptr, ptr } %s, 1
  %14 = call i64 %12(ptr %13, ptr null)
  store volatile i64 %14, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %15 = load volatile i64, ptr %2, align 8
  ret i64 %15

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %16 = load volatile ptr, ptr %spill.t0, align 8
  %17 = load volatile i64, ptr %16, align 8
  ret i64 %17
}

define void @"main.try$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.try$1")
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %2 = call i32 @_setjmp(ptr %deferframe)
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %4 = call { ptr, ptr } @llgo_recover(i1 %1)
  %5 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
  store { ptr, ptr } %4, ptr %5, align 8
  %6 = load { ptr, ptr }, ptr %5, align 8
  %7 = extractvalue { ptr, ptr } %6, 0
  %8 = icmp eq ptr %7, null
  %9 = xor i1 %8, true
  br i1 %9, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  store i64 -1, ptr %n, align 8
  %10 = call ptr @llgo_alloc(i64 8)
  %11 = getelementptr inbounds nuw { ptr }, ptr %10, i32 0, i32 0
  store ptr %5, ptr %11, align 8
  %12 = insertvalue { ptr, ptr } { ptr @"main.try$1$1", ptr undef }, ptr %10, 1
  %13 = call ptr @llgo_alloc(i64 16)
  %14 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %13, i32 0, i32 0
  store { ptr, ptr } %12, ptr %14, align 8
  %15 = extractvalue { ptr, ptr } %12, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.try$1$defer1", ptr %13, ptr %15)
  br i1 true, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"1.if.then"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"1.if.then"
  %16 = load i64, ptr getelementptr inbounds nuw (%main.T, ptr null, i32 0, i32 1), align 8
  br label %"2.if.done"

"2.if.done":                                      ; preds = %nilcheck.next, %"0.entry"
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.try$1$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %r = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.try$1$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  %3 = load { ptr, ptr }, ptr %r, align 8
  %4 = extractvalue { ptr, ptr } %2, 0
  %5 = extractvalue { ptr, ptr } %3, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = extractvalue { ptr, ptr } %3, 1
  %8 = icmp eq ptr %4, %5
  %9 = icmp eq ptr %4, null
  %10 = xor i1 %9, true
  %11 = and i1 %8, %10
  br i1 %11, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
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

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %21 = phi i1 [ %8, %"0.entry" ], [ %19, %uncomparable.next ], [ %20, %ifaceeq.boxed ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 35)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %21)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call i64 @main.try({ ptr, ptr } { ptr @"itab:*main.T,main.Summer", ptr null }, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %0)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %1 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:main.T", i64 24))
  %2 = getelementptr inbounds nuw %main.T, ptr %1, i32 0, i32 0
  store i64 1, ptr %2, align 8
  %3 = getelementptr inbounds nuw %main.T, ptr %1, i32 0, i32 1
  store i64 2, ptr %3, align 8
  %4 = insertvalue { ptr, ptr } { ptr @"itab:*main.T,main.Summer", ptr undef }, ptr %1, 1
  %5 = call i64 @main.try({ ptr, ptr } %4, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %6 = call i64 @main.try({ ptr, ptr } { ptr @"itab:*main.T,main.Summer", ptr null }, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %6)
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

declare ptr @llgo_newobject(ptr)

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

define internal void @"main.try$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

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

define internal void @"main.try$1$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %0, i32 0, i32 0
  %2 = load { ptr, ptr }, ptr %1, align 8
  %3 = extractvalue { ptr, ptr } %2, 0
  %4 = icmp eq ptr %3, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %entry
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %entry
  %5 = extractvalue { ptr, ptr } %2, 0
  %6 = extractvalue { ptr, ptr } %2, 1
  %7 = icmp eq ptr %5, null
  br i1 %7, label %nilcheck.fail1, label %nilcheck.next2

nilcheck.fail1:                                   ; preds = %nilcheck.next
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next2:                                   ; preds = %nilcheck.next
  call void %5(ptr %6) #2
  ret void
}

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

declare void @llgo_printnl()

declare void @llgo_printunlock()

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

define linkonce_odr i64 @"hash:main.T"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.T, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:int"(ptr %2, i64 %1)
  %4 = getelementptr inbounds nuw %main.T, ptr %0, i32 0, i32 1
  %5 = call i64 @"hash:int"(ptr %4, i64 %3)
  ret i64 %5
}

define linkonce_odr i1 @"eq:main.T"(ptr %0, ptr %1) {
entry:
  %2 = load %main.T, ptr %0, align 8
  %3 = load %main.T, ptr %1, align 8
  %4 = extractvalue %main.T %2, 0
  %5 = extractvalue %main.T %3, 0
  %6 = icmp eq i64 %4, %5
  %7 = and i1 true, %6
  %8 = extractvalue %main.T %2, 1
  %9 = extractvalue %main.T %3, 1
  %10 = icmp eq i64 %8, %9
  %11 = and i1 %7, %10
  ret i1 %11
}

define linkonce_odr i64 @"hash:main.Summer"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_interhash(ptr %0, i64 %1)
  ret i64 %2
}

declare i64 @llgo_interhash(ptr, i64)

define linkonce_odr i1 @"eq:main.Summer"(ptr %0, ptr %1) {
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

declare void @llgo_printint(i64)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
