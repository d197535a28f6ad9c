; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.counter = type { i64 }

@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str = private unnamed_addr constant [16 x i8] c"evaluated early:", align 1
@"name:0:*main.counter" = linkonce_odr constant [15 x i8] c"\00\0D*main.counter", align 1
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:show" = linkonce_odr constant [6 x i8] c"\00\04show", align 1
@"name:0:*func(string)" = linkonce_odr constant [15 x i8] c"\00\0D*func(string)", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"type:func(string)" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [1 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1495047243, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func(string)" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 1, i16 0, i32 0, [1 x ptr] [ptr @"type:string"] }, section "llgo_types", align 8
@"type:*main.counter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { i32, i16, i16, i32, i32 }, [1 x { i32, i32, i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 1641581722, i8 9, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.counter", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.counter", { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 1, i16 0, i32 16, i32 0 }, [1 x { i32, i32, i32, i32 }] [{ i32, i32, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:show" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:func(string)" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*counter).show" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"main.(*counter).show" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }] }, section "llgo_types", align 8
@"name:0:n" = linkonce_odr constant [3 x i8] c"\00\01n", align 1
@"type:main.counter" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 -1772382, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.counter", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.counter" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.counter", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:n", ptr @"type:int", i64 0 }] }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [6 x i8] c"method", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"body done", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"loop", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"closure sees:", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"three", align 1
@.str.6 = private unnamed_addr constant [1 x i8] c"!", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"deferred only on this path", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"main exits", align 1

define void @"main.(*counter).show"(ptr %c, { ptr, i64 } %label, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = icmp eq ptr %c, null
  br i1 %0, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %1 = getelementptr inbounds nuw %main.counter, ptr %c, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  call void @llgo_printlock()
  %3 = extractvalue { ptr, i64 } %label, 0
  %4 = extractvalue { ptr, i64 } %label, 1
  call void @llgo_printstring(ptr %3, i64 %4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.order(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  br label %"3.for.loop"

"3.for.loop":                                     ; preds = %"4.for.post", %"0.entry"
  %2 = phi i64 [ 0, %"0.entry" ], [ %21, %"4.for.post" ]
  %3 = icmp slt i64 %2, 4
  br i1 %3, label %"1.for.body", label %"2.for.done"

"2.for.done":                                     ; preds = %"3.for.loop"
  %4 = call ptr @llgo_newobject(ptr @"type:int")
  store i64 1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = call ptr @llgo_alloc(i64 8)
  %7 = getelementptr inbounds nuw { i64 }, ptr %6, i32 0, i32 0
  store i64 %5, ptr %7, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.order$defer1", ptr %6, ptr null)
  %8 = call ptr @llgo_alloc(i64 8)
  %9 = getelementptr inbounds nuw { ptr }, ptr %8, i32 0, i32 0
  store ptr %4, ptr %9, align 8
  %10 = insertvalue { ptr, ptr } { ptr @"main.order$1", ptr undef }, ptr %8, 1
  %11 = call ptr @llgo_alloc(i64 16)
  %12 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %11, i32 0, i32 0
  store { ptr, ptr } %10, ptr %12, align 8
  %13 = extractvalue { ptr, ptr } %10, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.order$defer2", ptr %11, ptr %13)
  store i64 2, ptr %4, align 8
  %14 = call ptr @llgo_newobject(ptr @"type:main.counter")
  %15 = getelementptr inbounds nuw %main.counter, ptr %14, i32 0, i32 0
  store i64 10, ptr %15, align 8
  %16 = call ptr @llgo_alloc(i64 8)
  %17 = getelementptr inbounds nuw { ptr }, ptr %16, i32 0, i32 0
  store ptr %14, ptr %17, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.order$defer3", ptr %16, ptr @"main.(*counter).show")
  %18 = getelementptr inbounds nuw %main.counter, ptr %14, i32 0, i32 0
  store i64 11, ptr %18, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_rundefers(ptr %deferframe)
  ret void

"1.for.body":                                     ; preds = %"3.for.loop"
  %19 = call ptr @llgo_alloc(i64 8)
  %20 = getelementptr inbounds nuw { i64 }, ptr %19, i32 0, i32 0
  store i64 %2, ptr %20, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.order$defer4", ptr %19, ptr null)
  br label %"4.for.post"

"4.for.post":                                     ; preds = %"1.for.body"
  %21 = add i64 %2, 1
  br label %"3.for.loop"

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret void
}

define void @"main.order$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %x = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load i64, ptr %x, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 13)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %1)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define i64 @main.double(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.double$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.double$defer1", ptr %6, ptr %8)
  store volatile i64 21, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %9 = load volatile i64, ptr %2, align 8
  ret i64 %9

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %10 = load volatile ptr, ptr %spill.t0, align 8
  %11 = load volatile i64, ptr %10, align 8
  ret i64 %11
}

define void @"main.double$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %r = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load i64, ptr %r, align 8
  %2 = mul i64 %1, 2
  store i64 %2, ptr %r, align 8
  ret void
}

define { i64, { ptr, i64 } } @main.tripleAdd(i64 %a, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  %spill.t1 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t1, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr @"type:int")
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_newobject(ptr @"type:string")
  store volatile ptr %3, ptr %spill.t1, align 8
  %4 = call ptr @llgo_alloc(i64 16)
  %5 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 0
  store ptr %2, ptr %5, align 8
  %6 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 1
  store ptr %3, ptr %6, align 8
  %7 = insertvalue { ptr, ptr } { ptr @"main.tripleAdd$1", ptr undef }, ptr %4, 1
  %8 = call ptr @llgo_alloc(i64 16)
  %9 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %8, i32 0, i32 0
  store { ptr, ptr } %7, ptr %9, align 8
  %10 = extractvalue { ptr, ptr } %7, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.tripleAdd$defer1", ptr %8, ptr %10)
  %11 = mul i64 %a, 3
  store volatile i64 %11, ptr %2, align 8
  store volatile { ptr, i64 } { ptr @.str.5, i64 5 }, ptr %3, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %12 = load volatile i64, ptr %2, align 8
  %13 = load volatile { ptr, i64 }, ptr %3, align 8
  %14 = insertvalue { i64, { ptr, i64 } } undef, i64 %12, 0
  %15 = insertvalue { i64, { ptr, i64 } } %14, { ptr, i64 } %13, 1
  ret { i64, { ptr, i64 } } %15

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %16 = load volatile ptr, ptr %spill.t0, align 8
  %17 = load volatile ptr, ptr %spill.t1, align 8
  %18 = load volatile i64, ptr %16, align 8
  %19 = load volatile { ptr, i64 }, ptr %17, align 8
  %20 = insertvalue { i64, { ptr, i64 } } undef, i64 %18, 0
  %21 = insertvalue { i64, { ptr, i64 } } %20, { ptr, i64 } %19, 1
  ret { i64, { ptr, i64 } } %21
}

define void @"main.tripleAdd$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 0
  %s = load ptr, ptr %0, align 8
  %1 = getelementptr inbounds nuw { ptr, ptr }, ptr %context, i32 0, i32 1
  %t = load ptr, ptr %1, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = load i64, ptr %s, align 8
  %3 = add i64 %2, 100
  store i64 %3, ptr %s, align 8
  %4 = load { ptr, i64 }, ptr %t, align 8
  %5 = extractvalue { ptr, i64 } %4, 0
  %6 = extractvalue { ptr, i64 } %4, 1
  %7 = call { ptr, i64 } @llgo_concatstring2(ptr %5, i64 %6, ptr @.str.6, i64 1)
  store { ptr, i64 } %7, ptr %t, align 8
  ret void
}

define i64 @main.noDefersRun(i64 %n, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = icmp sgt i64 %n, 0
  br i1 %2, label %"1.if.then", label %"2.if.done"

"1.if.then":                                      ; preds = %"0.entry"
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { i64 }, ptr %3, i32 0, i32 0
  store i64 %n, ptr %4, align 8
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.noDefersRun$defer1", ptr %3, ptr null)
  br label %"2.if.done"

"2.if.done":                                      ; preds = %"1.if.then", %"0.entry"
  %5 = add i64 %n, 1
  call void @llgo_rundefers(ptr %deferframe)
  ret i64 %5

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  ret i64 0
}

define void @main.main(ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  call void @main.order(ptr null)
  %2 = call i64 @main.double(ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %3 = call { i64, { ptr, i64 } } @main.tripleAdd(i64 5, ptr null)
  %4 = extractvalue { i64, { ptr, i64 } } %3, 0
  %5 = extractvalue { i64, { ptr, i64 } } %3, 1
  call void @llgo_printlock()
  call void @llgo_printint(i64 %4)
  call void @llgo_printsp()
  %6 = extractvalue { ptr, i64 } %5, 0
  %7 = extractvalue { ptr, i64 } %5, 1
  call void @llgo_printstring(ptr %6, i64 %7)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %8 = call i64 @main.noDefersRun(i64 0, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %8)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %9 = call i64 @main.noDefersRun(i64 7, ptr null)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %9)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.main$defer1", ptr null, ptr null)
  call void @llgo_rundefers(ptr %deferframe)
  ret void

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
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

declare ptr @llgo_alloc(i64)

define internal void @"main.order$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { i64 }, ptr %0, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str, i64 16)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

define internal void @"main.order$defer2"(ptr %0) {
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

define linkonce_odr i1 @"eq:*main.counter"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
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

define linkonce_odr i1 @"eq:main.counter"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.counter, ptr %0, align 8
  %4 = load %main.counter, ptr %1, align 8
  %5 = extractvalue %main.counter %3, 0
  %6 = extractvalue %main.counter %4, 0
  %7 = icmp eq i64 %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

define internal void @"main.order$defer3"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { ptr }, ptr %0, i32 0, i32 0
  %2 = load ptr, ptr %1, align 8
  call void @"main.(*counter).show"(ptr %2, { ptr, i64 } { ptr @.str.1, i64 6 }, ptr null) #2
  ret void
}

declare void @llgo_rundefers(ptr)

define internal void @"main.order$defer4"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { i64 }, ptr %0, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 4)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

define internal void @"main.double$defer1"(ptr %0) {
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

define internal void @"main.tripleAdd$defer1"(ptr %0) {
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

define internal void @"main.noDefersRun$defer1"(ptr %0) {
entry:
  %1 = getelementptr inbounds nuw { i64 }, ptr %0, i32 0, i32 0
  %2 = load i64, ptr %1, align 8
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.7, i64 26)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

define internal void @"main.main$defer1"(ptr %0) {
entry:
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 10)
  call void @llgo_printnl()
  call void @llgo_printunlock() #2
  ret void
}

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
