; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.node = type { ptr }

@main.f = global { ptr, ptr } zeroinitializer, align 8
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@.str.1 = private unnamed_addr constant [14 x i8] c"after the call", align 1
@"type:*main.node" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr @"hash:*main.node", { ptr, i64 } { ptr @.str.2, i64 10 }, i64 8, i64 8, i32 -1732544314, i8 0, i8 8, i8 8, i8 54, ptr @"eq:*main.node", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.node", i64 24) }, align 8
@.str.2 = private unnamed_addr constant [10 x i8] c"*main.node", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"type:main.node" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.node", { ptr, i64 } { ptr @.str.3, i64 9 }, i64 8, i64 8, i32 346895902, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.node", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [9 x i8] c"main.node", align 1
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.4, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.4 = private unnamed_addr constant [3 x i8] c"int", align 1
@.str.5 = private unnamed_addr constant [26 x i8] c"global nil func recovered:", align 1
@.str.6 = private unnamed_addr constant [25 x i8] c"local nil func recovered:", align 1
@"type:func(int) int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.7, i64 13 }, i64 16, i64 16, i32 1770304088, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [13 x i8] c"func(int) int", align 1
@.str.8 = private unnamed_addr constant [34 x i8] c"nil func with arguments recovered:", align 1
@.str.9 = private unnamed_addr constant [13 x i8] c"non-nil func:", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"called", align 1

define { ptr, ptr } @main.recovered({ ptr, ptr } %g, ptr %context) {
entry:
  %deferframe = alloca [256 x i8], align 16
  %spill.t0 = alloca ptr, align 8
  store volatile ptr null, ptr %spill.t0, align 8
  call void @llgo_deferpush(ptr %deferframe)
  %0 = call i32 @_setjmp(ptr %deferframe)
  %1 = icmp eq i32 %0, 0
  br i1 %1, label %"0.entry", label %recovered

"0.entry":                                        ; preds = %entry
  %2 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:interface{}", i64 24))
  store volatile ptr %2, ptr %spill.t0, align 8
  %3 = call ptr @llgo_alloc(i64 8)
  %4 = getelementptr inbounds nuw { ptr }, ptr %3, i32 0, i32 0
  store ptr %2, ptr %4, align 8
  %5 = insertvalue { ptr, ptr } { ptr @"main.recovered$1", ptr undef }, ptr %3, 1
  %6 = call ptr @llgo_alloc(i64 16)
  %7 = getelementptr inbounds nuw { { ptr, ptr } }, ptr %6, i32 0, i32 0
  store { ptr, ptr } %5, ptr %7, align 8
  %8 = extractvalue { ptr, ptr } %5, 0
  call void @llgo_deferproc(ptr %deferframe, ptr @"main.recovered$defer1", ptr %6, ptr %8)
  %9 = extractvalue { ptr, ptr } %g, 0
  %10 = extractvalue { ptr, ptr } %g, 1
  %11 = icmp eq ptr %9, null
  br i1 %11, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  call void %9(ptr %10)
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.1, i64 14)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %12 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %12

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %13 = load volatile ptr, ptr %spill.t0, align 8
  %14 = load volatile { ptr, ptr }, ptr %13, align 8
  ret { ptr, ptr } %14
}

define void @"main.recovered$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %r = load ptr, ptr %0, align 8
  %1 = call i1 @llgo_isdeferredcall(ptr @"main.recovered$1")
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %2 = call { ptr, ptr } @llgo_recover(i1 %1)
  store { ptr, ptr } %2, ptr %r, align 8
  ret void
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:*main.node", i64 24))
  %1 = call ptr @llgo_alloc(i64 8)
  %2 = getelementptr inbounds nuw { ptr }, ptr %1, i32 0, i32 0
  store ptr %0, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr @"main.main$1", ptr undef }, ptr %1, 1
  %4 = call { ptr, ptr } @main.recovered({ ptr, ptr } %3, ptr null)
  %5 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:int", i64 24))
  store i64 0, ptr %5, align 8
  %6 = call ptr @llgo_alloc(i64 8)
  %7 = getelementptr inbounds nuw { ptr }, ptr %6, i32 0, i32 0
  store ptr %5, ptr %7, align 8
  %8 = insertvalue { ptr, ptr } { ptr @"main.main$2", ptr undef }, ptr %6, 1
  %9 = call { ptr, ptr } @main.recovered({ ptr, ptr } %8, ptr null)
  %10 = load { ptr, ptr }, ptr @main.f, align 8
  %11 = call { ptr, ptr } @main.recovered({ ptr, ptr } %10, ptr null)
  %12 = extractvalue { ptr, ptr } %11, 0
  %13 = icmp eq ptr %12, null
  %14 = xor i1 %13, true
  %15 = extractvalue { ptr, ptr } %11, 0
  %16 = extractvalue { ptr, ptr } %4, 0
  %17 = extractvalue { ptr, ptr } %11, 1
  %18 = extractvalue { ptr, ptr } %4, 1
  %19 = icmp eq ptr %15, %16
  %20 = icmp eq ptr %15, null
  %21 = xor i1 %20, true
  %22 = and i1 %19, %21
  br i1 %22, label %ifaceeq.values, label %ifaceeq.done

ifaceeq.values:                                   ; preds = %"0.entry"
  %23 = getelementptr i8, ptr %15, i64 24
  %24 = load ptr, ptr %23, align 8
  %25 = icmp eq ptr %24, null
  br i1 %25, label %uncomparable.fail, label %uncomparable.next

uncomparable.fail:                                ; preds = %ifaceeq.values
  call void @llgo_panicuncomparable(ptr %15)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %26 = getelementptr i8, ptr %15, i64 23
  %27 = load i8, ptr %26, align 1
  %28 = and i8 %27, 32
  %29 = icmp ne i8 %28, 0
  %30 = icmp eq ptr %17, %18
  br i1 %29, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %31 = call i1 %24(ptr %17, ptr %18)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %32 = phi i1 [ %19, %"0.entry" ], [ %30, %uncomparable.next ], [ %31, %ifaceeq.boxed ]
  %33 = extractvalue { ptr, ptr } %11, 0
  %34 = extractvalue { ptr, ptr } %9, 0
  %35 = extractvalue { ptr, ptr } %11, 1
  %36 = extractvalue { ptr, ptr } %9, 1
  %37 = icmp eq ptr %33, %34
  %38 = icmp eq ptr %33, null
  %39 = xor i1 %38, true
  %40 = and i1 %37, %39
  br i1 %40, label %ifaceeq.values1, label %ifaceeq.done3

ifaceeq.values1:                                  ; preds = %ifaceeq.done
  %41 = getelementptr i8, ptr %33, i64 24
  %42 = load ptr, ptr %41, align 8
  %43 = icmp eq ptr %42, null
  br i1 %43, label %uncomparable.fail4, label %uncomparable.next5

uncomparable.fail4:                               ; preds = %ifaceeq.values1
  call void @llgo_panicuncomparable(ptr %33)
  unreachable

uncomparable.next5:                               ; preds = %ifaceeq.values1
  %44 = getelementptr i8, ptr %33, i64 23
  %45 = load i8, ptr %44, align 1
  %46 = and i8 %45, 32
  %47 = icmp ne i8 %46, 0
  %48 = icmp eq ptr %35, %36
  br i1 %47, label %ifaceeq.done3, label %ifaceeq.boxed2

ifaceeq.boxed2:                                   ; preds = %uncomparable.next5
  %49 = call i1 %42(ptr %35, ptr %36)
  br label %ifaceeq.done3

ifaceeq.done3:                                    ; preds = %ifaceeq.boxed2, %uncomparable.next5, %ifaceeq.done
  %50 = phi i1 [ %37, %ifaceeq.done ], [ %48, %uncomparable.next5 ], [ %49, %ifaceeq.boxed2 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.5, i64 26)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %14)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %32)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %50)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %51 = call { ptr, ptr } @main.recovered({ ptr, ptr } zeroinitializer, ptr null)
  %52 = extractvalue { ptr, ptr } %51, 0
  %53 = icmp eq ptr %52, null
  %54 = xor i1 %53, true
  %55 = extractvalue { ptr, ptr } %51, 0
  %56 = extractvalue { ptr, ptr } %4, 0
  %57 = extractvalue { ptr, ptr } %51, 1
  %58 = extractvalue { ptr, ptr } %4, 1
  %59 = icmp eq ptr %55, %56
  %60 = icmp eq ptr %55, null
  %61 = xor i1 %60, true
  %62 = and i1 %59, %61
  br i1 %62, label %ifaceeq.values6, label %ifaceeq.done8

ifaceeq.values6:                                  ; preds = %ifaceeq.done3
  %63 = getelementptr i8, ptr %55, i64 24
  %64 = load ptr, ptr %63, align 8
  %65 = icmp eq ptr %64, null
  br i1 %65, label %uncomparable.fail9, label %uncomparable.next10

uncomparable.fail9:                               ; preds = %ifaceeq.values6
  call void @llgo_panicuncomparable(ptr %55)
  unreachable

uncomparable.next10:                              ; preds = %ifaceeq.values6
  %66 = getelementptr i8, ptr %55, i64 23
  %67 = load i8, ptr %66, align 1
  %68 = and i8 %67, 32
  %69 = icmp ne i8 %68, 0
  %70 = icmp eq ptr %57, %58
  br i1 %69, label %ifaceeq.done8, label %ifaceeq.boxed7

ifaceeq.boxed7:                                   ; preds = %uncomparable.next10
  %71 = call i1 %64(ptr %57, ptr %58)
  br label %ifaceeq.done8

ifaceeq.done8:                                    ; preds = %ifaceeq.boxed7, %uncomparable.next10, %ifaceeq.done3
  %72 = phi i1 [ %59, %ifaceeq.done3 ], [ %70, %uncomparable.next10 ], [ %71, %ifaceeq.boxed7 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.6, i64 25)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %54)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %72)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %73 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:func(int) int", i64 24))
  %74 = call ptr @llgo_alloc(i64 8)
  %75 = getelementptr inbounds nuw { ptr }, ptr %74, i32 0, i32 0
  store ptr %73, ptr %75, align 8
  %76 = insertvalue { ptr, ptr } { ptr @"main.main$3", ptr undef }, ptr %74, 1
  %77 = call { ptr, ptr } @main.recovered({ ptr, ptr } %76, ptr null)
  %78 = extractvalue { ptr, ptr } %77, 0
  %79 = extractvalue { ptr, ptr } %4, 0
  %80 = extractvalue { ptr, ptr } %77, 1
  %81 = extractvalue { ptr, ptr } %4, 1
  %82 = icmp eq ptr %78, %79
  %83 = icmp eq ptr %78, null
  %84 = xor i1 %83, true
  %85 = and i1 %82, %84
  br i1 %85, label %ifaceeq.values11, label %ifaceeq.done13

ifaceeq.values11:                                 ; preds = %ifaceeq.done8
  %86 = getelementptr i8, ptr %78, i64 24
  %87 = load ptr, ptr %86, align 8
  %88 = icmp eq ptr %87, null
  br i1 %88, label %uncomparable.fail14, label %uncomparable.next15

uncomparable.fail14:                              ; preds = %ifaceeq.values11
  call void @llgo_panicuncomparable(ptr %78)
  unreachable

uncomparable.next15:                              ; preds = %ifaceeq.values11
  %89 = getelementptr i8, ptr %78, i64 23
  %90 = load i8, ptr %89, align 1
  %91 = and i8 %90, 32
  %92 = icmp ne i8 %91, 0
  %93 = icmp eq ptr %80, %81
  br i1 %92, label %ifaceeq.done13, label %ifaceeq.boxed12

ifaceeq.boxed12:                                  ; preds = %uncomparable.next15
  %94 = call i1 %87(ptr %80, ptr %81)
  br label %ifaceeq.done13

ifaceeq.done13:                                   ; preds = %ifaceeq.boxed12, %uncomparable.next15, %ifaceeq.done8
  %95 = phi i1 [ %82, %ifaceeq.done8 ], [ %93, %uncomparable.next15 ], [ %94, %ifaceeq.boxed12 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.8, i64 34)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %95)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %96 = call { ptr, ptr } @main.recovered({ ptr, ptr } { ptr @"main.main$4", ptr null }, ptr null)
  %97 = extractvalue { ptr, ptr } %96, 0
  %98 = icmp eq ptr %97, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.9, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %98)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$1"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %n = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load ptr, ptr %n, align 8
  %2 = icmp eq ptr %1, null
  br i1 %2, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %3 = getelementptr inbounds nuw %main.node, ptr %1, i32 0, i32 0
  %4 = load ptr, ptr %3, align 8
  ret void
}

define void @"main.main$2"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %zero = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load i64, ptr %zero, align 8
  %2 = icmp eq i64 %1, 0
  br i1 %2, label %divzero.fail, label %divzero.next

divzero.fail:                                     ; preds = %"0.entry"
  call void @llgo_panicdivide()
  unreachable

divzero.next:                                     ; preds = %"0.entry"
  %3 = icmp eq i64 %1, -1
  %4 = select i1 %3, i64 1, i64 %1
  %5 = sdiv i64 1, %4
  %6 = select i1 %3, i64 -1, i64 %5
  call void @llgo_printlock()
  call void @llgo_printint(i64 %6)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$3"(ptr %context) {
entry:
  %0 = getelementptr inbounds nuw { ptr }, ptr %context, i32 0, i32 0
  %withResult = load ptr, ptr %0, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %1 = load { ptr, ptr }, ptr %withResult, align 8
  %2 = extractvalue { ptr, ptr } %1, 0
  %3 = extractvalue { ptr, ptr } %1, 1
  %4 = icmp eq ptr %2, null
  br i1 %4, label %nilcheck.fail, label %nilcheck.next

nilcheck.fail:                                    ; preds = %"0.entry"
  call void @llgo_panicnilderef()
  unreachable

nilcheck.next:                                    ; preds = %"0.entry"
  %5 = call i64 %2(i64 7, ptr %3)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %5)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$4"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.10, i64 6)
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

declare ptr @llgo_newobject(ptr)

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

declare ptr @llgo_alloc(i64)

define internal void @"main.recovered$defer1"(ptr %0) {
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

; Function Attrs: noreturn
declare void @llgo_panicnilderef() #0

declare void @llgo_deferproc(ptr, ptr, ptr, ptr)

declare void @llgo_printlock()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_rundefers(ptr)

declare void @llgo_deferpush(ptr)

; Function Attrs: returns_twice
declare i32 @_setjmp(ptr) #1

declare i1 @llgo_isdeferredcall(ptr)

declare { ptr, ptr } @llgo_recover(i1)

define linkonce_odr i64 @"hash:*main.node"(ptr %0, i64 %1) {
entry:
  %2 = call i64 @llgo_memhash(ptr %0, i64 %1, i64 8)
  ret i64 %2
}

declare i64 @llgo_memhash(ptr, i64, i64)

define linkonce_odr i1 @"eq:*main.node"(ptr %0, ptr %1) {
entry:
  %2 = load ptr, ptr %0, align 8
  %3 = load ptr, ptr %1, align 8
  %4 = icmp eq ptr %2, %3
  ret i1 %4
}

define linkonce_odr i64 @"hash:main.node"(ptr %0, i64 %1) {
entry:
  %2 = getelementptr inbounds nuw %main.node, ptr %0, i32 0, i32 0
  %3 = call i64 @"hash:*main.node"(ptr %2, i64 %1)
  ret i64 %3
}

define linkonce_odr i1 @"eq:main.node"(ptr %0, ptr %1) {
entry:
  %2 = load %main.node, ptr %0, align 8
  %3 = load %main.node, ptr %1, align 8
  %4 = extractvalue %main.node %2, 0
  %5 = extractvalue %main.node %3, 0
  %6 = icmp eq ptr %4, %5
  %7 = and i1 true, %6
  ret i1 %7
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

declare void @llgo_printsp()

declare void @llgo_printbool(i1)

; Function Attrs: noreturn
declare void @llgo_panicdivide() #0

declare void @llgo_printint(i64)

attributes #0 = { noreturn }
attributes #1 = { returns_twice }
attributes #2 = { noinline }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
