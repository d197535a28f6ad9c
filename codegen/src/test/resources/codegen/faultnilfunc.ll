; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.node = type { ptr }

@main.f = global { ptr, ptr } zeroinitializer, align 8
@"name:0:*interface {}" = linkonce_odr constant [15 x i8] c"\00\0D*interface {}", align 1
@llgo.types = external global i8
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@"type:interface{}" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, [0 x { i32, i32 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 -874610572, i8 2, i8 8, i8 8, i8 20, { ptr, ptr } { ptr @"eq:interface{}", ptr null }, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*interface {}" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr null, { ptr, i64, i64 } zeroinitializer, [0 x { i32, i32 }] zeroinitializer }, section "llgo_types", align 8
@.str = private unnamed_addr constant [14 x i8] c"after the call", align 1
@"name:0:*main.node" = linkonce_odr constant [12 x i8] c"\00\0A*main.node", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:main" = linkonce_odr constant [6 x i8] c"\00\04main", align 1
@"name:0:next" = linkonce_odr constant [6 x i8] c"\00\04next", align 1
@"type:main.node" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, { ptr, i64, i64 }, { i32, i16, i16, i32, i32 }, [1 x { ptr, ptr, i64 }] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 346895902, i8 15, i8 8, i8 8, i8 25, { ptr, ptr } { ptr @"eq:main.node", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, ptr @"name:0:main", { ptr, i64, i64 } { ptr getelementptr (i8, ptr @"type:main.node", i64 104), i64 1, i64 1 }, { i32, i16, i16, i32, i32 } { i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:main" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i16 0, i16 0, i32 40, i32 0 }, [1 x { ptr, ptr, i64 }] [{ ptr, ptr, i64 } { ptr @"name:0:next", ptr @"type:*main.node", i64 0 }] }, section "llgo_types", align 8
@"type:*main.node" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -1732544314, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*main.node", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*main.node" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:main.node" }, section "llgo_types", align 8
@"name:0:*int" = linkonce_odr constant [6 x i8] c"\00\04*int", align 1
@"type:*int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 2118210166, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*int", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:int" }, section "llgo_types", align 8
@"type:int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 0, i32 320881262, i8 15, i8 8, i8 8, i8 2, { ptr, ptr } { ptr @"eq:int", ptr null }, ptr null, i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [26 x i8] c"global nil func recovered:", align 1
@.str.2 = private unnamed_addr constant [25 x i8] c"local nil func recovered:", align 1
@"name:0:*func(int) int" = linkonce_odr constant [16 x i8] c"\00\0E*func(int) int", align 1
@"type:func(int) int" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, i16, i16, i32, [2 x ptr] } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 16, i32 1770304088, i8 2, i8 8, i8 8, i8 19, { ptr, ptr } zeroinitializer, ptr @"gcbits:03", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*func(int) int" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, i16 1, i16 1, i32 0, [2 x ptr] [ptr @"type:int", ptr @"type:int"] }, section "llgo_types", align 8
@.str.3 = private unnamed_addr constant [34 x i8] c"nil func with arguments recovered:", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"non-nil func:", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"called", align 1

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
  %2 = call ptr @llgo_newobject(ptr @"type:interface{}")
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
  call void @llgo_printstring(ptr @.str, i64 14)
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
  %0 = call ptr @llgo_newobject(ptr @"type:*main.node")
  %1 = call ptr @llgo_alloc(i64 8)
  %2 = getelementptr inbounds nuw { ptr }, ptr %1, i32 0, i32 0
  store ptr %0, ptr %2, align 8
  %3 = insertvalue { ptr, ptr } { ptr @"main.main$1", ptr undef }, ptr %1, 1
  %4 = call { ptr, ptr } @main.recovered({ ptr, ptr } %3, ptr null)
  %5 = call ptr @llgo_newobject(ptr @"type:int")
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
  %31 = getelementptr i8, ptr %15, i64 32
  %32 = load ptr, ptr %31, align 8
  %33 = call i1 %24(ptr %17, ptr %18, ptr %32)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %34 = phi i1 [ %19, %"0.entry" ], [ %30, %uncomparable.next ], [ %33, %ifaceeq.boxed ]
  %35 = extractvalue { ptr, ptr } %11, 0
  %36 = extractvalue { ptr, ptr } %9, 0
  %37 = extractvalue { ptr, ptr } %11, 1
  %38 = extractvalue { ptr, ptr } %9, 1
  %39 = icmp eq ptr %35, %36
  %40 = icmp eq ptr %35, null
  %41 = xor i1 %40, true
  %42 = and i1 %39, %41
  br i1 %42, label %ifaceeq.values1, label %ifaceeq.done3

ifaceeq.values1:                                  ; preds = %ifaceeq.done
  %43 = getelementptr i8, ptr %35, i64 24
  %44 = load ptr, ptr %43, align 8
  %45 = icmp eq ptr %44, null
  br i1 %45, label %uncomparable.fail4, label %uncomparable.next5

uncomparable.fail4:                               ; preds = %ifaceeq.values1
  call void @llgo_panicuncomparable(ptr %35)
  unreachable

uncomparable.next5:                               ; preds = %ifaceeq.values1
  %46 = getelementptr i8, ptr %35, i64 23
  %47 = load i8, ptr %46, align 1
  %48 = and i8 %47, 32
  %49 = icmp ne i8 %48, 0
  %50 = icmp eq ptr %37, %38
  br i1 %49, label %ifaceeq.done3, label %ifaceeq.boxed2

ifaceeq.boxed2:                                   ; preds = %uncomparable.next5
  %51 = getelementptr i8, ptr %35, i64 32
  %52 = load ptr, ptr %51, align 8
  %53 = call i1 %44(ptr %37, ptr %38, ptr %52)
  br label %ifaceeq.done3

ifaceeq.done3:                                    ; preds = %ifaceeq.boxed2, %uncomparable.next5, %ifaceeq.done
  %54 = phi i1 [ %39, %ifaceeq.done ], [ %50, %uncomparable.next5 ], [ %53, %ifaceeq.boxed2 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.1, i64 26)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %14)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %34)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %54)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %55 = call { ptr, ptr } @main.recovered({ ptr, ptr } zeroinitializer, ptr null)
  %56 = extractvalue { ptr, ptr } %55, 0
  %57 = icmp eq ptr %56, null
  %58 = xor i1 %57, true
  %59 = extractvalue { ptr, ptr } %55, 0
  %60 = extractvalue { ptr, ptr } %4, 0
  %61 = extractvalue { ptr, ptr } %55, 1
  %62 = extractvalue { ptr, ptr } %4, 1
  %63 = icmp eq ptr %59, %60
  %64 = icmp eq ptr %59, null
  %65 = xor i1 %64, true
  %66 = and i1 %63, %65
  br i1 %66, label %ifaceeq.values6, label %ifaceeq.done8

ifaceeq.values6:                                  ; preds = %ifaceeq.done3
  %67 = getelementptr i8, ptr %59, i64 24
  %68 = load ptr, ptr %67, align 8
  %69 = icmp eq ptr %68, null
  br i1 %69, label %uncomparable.fail9, label %uncomparable.next10

uncomparable.fail9:                               ; preds = %ifaceeq.values6
  call void @llgo_panicuncomparable(ptr %59)
  unreachable

uncomparable.next10:                              ; preds = %ifaceeq.values6
  %70 = getelementptr i8, ptr %59, i64 23
  %71 = load i8, ptr %70, align 1
  %72 = and i8 %71, 32
  %73 = icmp ne i8 %72, 0
  %74 = icmp eq ptr %61, %62
  br i1 %73, label %ifaceeq.done8, label %ifaceeq.boxed7

ifaceeq.boxed7:                                   ; preds = %uncomparable.next10
  %75 = getelementptr i8, ptr %59, i64 32
  %76 = load ptr, ptr %75, align 8
  %77 = call i1 %68(ptr %61, ptr %62, ptr %76)
  br label %ifaceeq.done8

ifaceeq.done8:                                    ; preds = %ifaceeq.boxed7, %uncomparable.next10, %ifaceeq.done3
  %78 = phi i1 [ %63, %ifaceeq.done3 ], [ %74, %uncomparable.next10 ], [ %77, %ifaceeq.boxed7 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.2, i64 25)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %58)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %78)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %79 = call ptr @llgo_newobject(ptr @"type:func(int) int")
  %80 = call ptr @llgo_alloc(i64 8)
  %81 = getelementptr inbounds nuw { ptr }, ptr %80, i32 0, i32 0
  store ptr %79, ptr %81, align 8
  %82 = insertvalue { ptr, ptr } { ptr @"main.main$3", ptr undef }, ptr %80, 1
  %83 = call { ptr, ptr } @main.recovered({ ptr, ptr } %82, ptr null)
  %84 = extractvalue { ptr, ptr } %83, 0
  %85 = extractvalue { ptr, ptr } %4, 0
  %86 = extractvalue { ptr, ptr } %83, 1
  %87 = extractvalue { ptr, ptr } %4, 1
  %88 = icmp eq ptr %84, %85
  %89 = icmp eq ptr %84, null
  %90 = xor i1 %89, true
  %91 = and i1 %88, %90
  br i1 %91, label %ifaceeq.values11, label %ifaceeq.done13

ifaceeq.values11:                                 ; preds = %ifaceeq.done8
  %92 = getelementptr i8, ptr %84, i64 24
  %93 = load ptr, ptr %92, align 8
  %94 = icmp eq ptr %93, null
  br i1 %94, label %uncomparable.fail14, label %uncomparable.next15

uncomparable.fail14:                              ; preds = %ifaceeq.values11
  call void @llgo_panicuncomparable(ptr %84)
  unreachable

uncomparable.next15:                              ; preds = %ifaceeq.values11
  %95 = getelementptr i8, ptr %84, i64 23
  %96 = load i8, ptr %95, align 1
  %97 = and i8 %96, 32
  %98 = icmp ne i8 %97, 0
  %99 = icmp eq ptr %86, %87
  br i1 %98, label %ifaceeq.done13, label %ifaceeq.boxed12

ifaceeq.boxed12:                                  ; preds = %uncomparable.next15
  %100 = getelementptr i8, ptr %84, i64 32
  %101 = load ptr, ptr %100, align 8
  %102 = call i1 %93(ptr %86, ptr %87, ptr %101)
  br label %ifaceeq.done13

ifaceeq.done13:                                   ; preds = %ifaceeq.boxed12, %uncomparable.next15, %ifaceeq.done8
  %103 = phi i1 [ %88, %ifaceeq.done8 ], [ %99, %uncomparable.next15 ], [ %102, %ifaceeq.boxed12 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.3, i64 34)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %103)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %104 = call { ptr, ptr } @main.recovered({ ptr, ptr } { ptr @"main.main$4", ptr null }, ptr null)
  %105 = extractvalue { ptr, ptr } %104, 0
  %106 = icmp eq ptr %105, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %106)
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
  call void @llgo_printstring(ptr @.str.5, i64 6)
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

define linkonce_odr i1 @"eq:*main.node"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load ptr, ptr %0, align 8
  %4 = load ptr, ptr %1, align 8
  %5 = icmp eq ptr %3, %4
  ret i1 %5
}

define linkonce_odr i1 @"eq:main.node"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load %main.node, ptr %0, align 8
  %4 = load %main.node, ptr %1, align 8
  %5 = extractvalue %main.node %3, 0
  %6 = extractvalue %main.node %4, 0
  %7 = icmp eq ptr %5, %6
  %8 = and i1 true, %7
  ret i1 %8
}

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
