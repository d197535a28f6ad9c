; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%main.node = type { ptr }

@main.f = global { ptr, ptr } zeroinitializer, align 8
@"type:interface{}" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr, ptr, i64, i64 } { ptr @"hash:interface{}", { ptr, i64 } { ptr @.str, i64 12 }, i64 16, i64 16, i32 -874610572, i8 0, i8 8, i8 8, i8 20, ptr @"eq:interface{}", ptr @"gcbits:03", i32 0, i32 0, ptr null, ptr @.methods, i64 0, i64 0 }, align 8
@.str = private unnamed_addr constant [12 x i8] c"interface {}", align 1
@.nilname = private constant { ptr, i64 } { ptr @.str.1, i64 3 }
@.str.1 = private unnamed_addr constant [3 x i8] c"nil", align 1
@.str.2 = private unnamed_addr constant [43 x i8] c"runtime error: comparing uncomparable type ", align 1
@"type:string" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:string", { ptr, i64 } { ptr @.str.3, i64 6 }, i64 16, i64 8, i32 -115318168, i8 0, i8 8, i8 8, i8 24, ptr @"eq:string", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.3 = private unnamed_addr constant [6 x i8] c"string", align 1
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"gcbits:03" = linkonce_odr constant [1 x i8] c"\03"
@.methods = private constant [0 x { { ptr, i64 }, ptr, ptr }] zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [14 x i8] c"after the call", align 1
@"type:*main.node" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32, ptr } { ptr @"hash:*main.node", { ptr, i64 } { ptr @.str.5, i64 10 }, i64 8, i64 8, i32 -1732544314, i8 0, i8 8, i8 8, i8 54, ptr @"eq:*main.node", ptr @"gcbits:01", i32 0, i32 0, ptr getelementptr inbounds (i8, ptr @"type:main.node", i64 24) }, align 8
@.str.5 = private unnamed_addr constant [10 x i8] c"*main.node", align 1
@"type:main.node" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:main.node", { ptr, i64 } { ptr @.str.6, i64 9 }, i64 8, i64 8, i32 346895902, i8 0, i8 8, i8 8, i8 25, ptr @"eq:main.node", ptr @"gcbits:01", i32 0, i32 0 }, align 8
@.str.6 = private unnamed_addr constant [9 x i8] c"main.node", align 1
@"type:int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr @"hash:int", { ptr, i64 } { ptr @.str.7, i64 3 }, i64 8, i64 0, i32 320881262, i8 0, i8 8, i8 8, i8 2, ptr @"eq:int", ptr null, i32 0, i32 0 }, align 8
@.str.7 = private unnamed_addr constant [3 x i8] c"int", align 1
@.nilname.8 = private constant { ptr, i64 } { ptr @.str.1, i64 3 }
@.nilname.9 = private constant { ptr, i64 } { ptr @.str.1, i64 3 }
@.str.10 = private unnamed_addr constant [26 x i8] c"global nil func recovered:", align 1
@.nilname.11 = private constant { ptr, i64 } { ptr @.str.1, i64 3 }
@.str.12 = private unnamed_addr constant [25 x i8] c"local nil func recovered:", align 1
@"type:func(int) int" = linkonce_odr constant { ptr, { ptr, i64 }, i64, i64, i32, i8, i8, i8, i8, ptr, ptr, i32, i32 } { ptr null, { ptr, i64 } { ptr @.str.13, i64 13 }, i64 16, i64 16, i32 1770304088, i8 0, i8 8, i8 8, i8 19, ptr null, ptr @"gcbits:03", i32 0, i32 0 }, align 8
@.str.13 = private unnamed_addr constant [13 x i8] c"func(int) int", align 1
@.nilname.14 = private constant { ptr, i64 } { ptr @.str.1, i64 3 }
@.str.15 = private unnamed_addr constant [34 x i8] c"nil func with arguments recovered:", align 1
@.str.16 = private unnamed_addr constant [13 x i8] c"non-nil func:", align 1
@.str.17 = private unnamed_addr constant [6 x i8] c"called", align 1

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
  call void %9(ptr %10)
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.4, i64 14)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  store volatile { ptr, ptr } zeroinitializer, ptr %2, align 8
  call void @llgo_rundefers(ptr %deferframe)
  %11 = load volatile { ptr, ptr }, ptr %2, align 8
  ret { ptr, ptr } %11

recovered:                                        ; preds = %entry
  call void @llgo_rundefers(ptr %deferframe)
  %12 = load volatile ptr, ptr %spill.t0, align 8
  %13 = load volatile { ptr, ptr }, ptr %12, align 8
  ret { ptr, ptr } %13
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
  %26 = icmp eq ptr %15, null
  %27 = getelementptr i8, ptr %15, i64 -16
  %28 = select i1 %26, ptr @.nilname.8, ptr %27
  %29 = load { ptr, i64 }, ptr %28, align 8
  %30 = extractvalue { ptr, i64 } %29, 0
  %31 = extractvalue { ptr, i64 } %29, 1
  %32 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.2, i64 43, ptr %30, i64 %31)
  %33 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %32, ptr %33, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %33)
  unreachable

uncomparable.next:                                ; preds = %ifaceeq.values
  %34 = getelementptr i8, ptr %15, i64 23
  %35 = load i8, ptr %34, align 1
  %36 = and i8 %35, 32
  %37 = icmp ne i8 %36, 0
  %38 = icmp eq ptr %17, %18
  br i1 %37, label %ifaceeq.done, label %ifaceeq.boxed

ifaceeq.boxed:                                    ; preds = %uncomparable.next
  %39 = call i1 %24(ptr %17, ptr %18)
  br label %ifaceeq.done

ifaceeq.done:                                     ; preds = %ifaceeq.boxed, %uncomparable.next, %"0.entry"
  %40 = phi i1 [ %19, %"0.entry" ], [ %38, %uncomparable.next ], [ %39, %ifaceeq.boxed ]
  %41 = extractvalue { ptr, ptr } %11, 0
  %42 = extractvalue { ptr, ptr } %9, 0
  %43 = extractvalue { ptr, ptr } %11, 1
  %44 = extractvalue { ptr, ptr } %9, 1
  %45 = icmp eq ptr %41, %42
  %46 = icmp eq ptr %41, null
  %47 = xor i1 %46, true
  %48 = and i1 %45, %47
  br i1 %48, label %ifaceeq.values1, label %ifaceeq.done3

ifaceeq.values1:                                  ; preds = %ifaceeq.done
  %49 = getelementptr i8, ptr %41, i64 24
  %50 = load ptr, ptr %49, align 8
  %51 = icmp eq ptr %50, null
  br i1 %51, label %uncomparable.fail4, label %uncomparable.next5

uncomparable.fail4:                               ; preds = %ifaceeq.values1
  %52 = icmp eq ptr %41, null
  %53 = getelementptr i8, ptr %41, i64 -16
  %54 = select i1 %52, ptr @.nilname.9, ptr %53
  %55 = load { ptr, i64 }, ptr %54, align 8
  %56 = extractvalue { ptr, i64 } %55, 0
  %57 = extractvalue { ptr, i64 } %55, 1
  %58 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.2, i64 43, ptr %56, i64 %57)
  %59 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %58, ptr %59, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %59)
  unreachable

uncomparable.next5:                               ; preds = %ifaceeq.values1
  %60 = getelementptr i8, ptr %41, i64 23
  %61 = load i8, ptr %60, align 1
  %62 = and i8 %61, 32
  %63 = icmp ne i8 %62, 0
  %64 = icmp eq ptr %43, %44
  br i1 %63, label %ifaceeq.done3, label %ifaceeq.boxed2

ifaceeq.boxed2:                                   ; preds = %uncomparable.next5
  %65 = call i1 %50(ptr %43, ptr %44)
  br label %ifaceeq.done3

ifaceeq.done3:                                    ; preds = %ifaceeq.boxed2, %uncomparable.next5, %ifaceeq.done
  %66 = phi i1 [ %45, %ifaceeq.done ], [ %64, %uncomparable.next5 ], [ %65, %ifaceeq.boxed2 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.10, i64 26)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %14)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %40)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %66)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %67 = call { ptr, ptr } @main.recovered({ ptr, ptr } zeroinitializer, ptr null)
  %68 = extractvalue { ptr, ptr } %67, 0
  %69 = icmp eq ptr %68, null
  %70 = xor i1 %69, true
  %71 = extractvalue { ptr, ptr } %67, 0
  %72 = extractvalue { ptr, ptr } %4, 0
  %73 = extractvalue { ptr, ptr } %67, 1
  %74 = extractvalue { ptr, ptr } %4, 1
  %75 = icmp eq ptr %71, %72
  %76 = icmp eq ptr %71, null
  %77 = xor i1 %76, true
  %78 = and i1 %75, %77
  br i1 %78, label %ifaceeq.values6, label %ifaceeq.done8

ifaceeq.values6:                                  ; preds = %ifaceeq.done3
  %79 = getelementptr i8, ptr %71, i64 24
  %80 = load ptr, ptr %79, align 8
  %81 = icmp eq ptr %80, null
  br i1 %81, label %uncomparable.fail9, label %uncomparable.next10

uncomparable.fail9:                               ; preds = %ifaceeq.values6
  %82 = icmp eq ptr %71, null
  %83 = getelementptr i8, ptr %71, i64 -16
  %84 = select i1 %82, ptr @.nilname.11, ptr %83
  %85 = load { ptr, i64 }, ptr %84, align 8
  %86 = extractvalue { ptr, i64 } %85, 0
  %87 = extractvalue { ptr, i64 } %85, 1
  %88 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.2, i64 43, ptr %86, i64 %87)
  %89 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %88, ptr %89, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %89)
  unreachable

uncomparable.next10:                              ; preds = %ifaceeq.values6
  %90 = getelementptr i8, ptr %71, i64 23
  %91 = load i8, ptr %90, align 1
  %92 = and i8 %91, 32
  %93 = icmp ne i8 %92, 0
  %94 = icmp eq ptr %73, %74
  br i1 %93, label %ifaceeq.done8, label %ifaceeq.boxed7

ifaceeq.boxed7:                                   ; preds = %uncomparable.next10
  %95 = call i1 %80(ptr %73, ptr %74)
  br label %ifaceeq.done8

ifaceeq.done8:                                    ; preds = %ifaceeq.boxed7, %uncomparable.next10, %ifaceeq.done3
  %96 = phi i1 [ %75, %ifaceeq.done3 ], [ %94, %uncomparable.next10 ], [ %95, %ifaceeq.boxed7 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.12, i64 25)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %70)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %96)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %97 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:func(int) int", i64 24))
  %98 = call ptr @llgo_alloc(i64 8)
  %99 = getelementptr inbounds nuw { ptr }, ptr %98, i32 0, i32 0
  store ptr %97, ptr %99, align 8
  %100 = insertvalue { ptr, ptr } { ptr @"main.main$3", ptr undef }, ptr %98, 1
  %101 = call { ptr, ptr } @main.recovered({ ptr, ptr } %100, ptr null)
  %102 = extractvalue { ptr, ptr } %101, 0
  %103 = extractvalue { ptr, ptr } %4, 0
  %104 = extractvalue { ptr, ptr } %101, 1
  %105 = extractvalue { ptr, ptr } %4, 1
  %106 = icmp eq ptr %102, %103
  %107 = icmp eq ptr %102, null
  %108 = xor i1 %107, true
  %109 = and i1 %106, %108
  br i1 %109, label %ifaceeq.values11, label %ifaceeq.done13

ifaceeq.values11:                                 ; preds = %ifaceeq.done8
  %110 = getelementptr i8, ptr %102, i64 24
  %111 = load ptr, ptr %110, align 8
  %112 = icmp eq ptr %111, null
  br i1 %112, label %uncomparable.fail14, label %uncomparable.next15

uncomparable.fail14:                              ; preds = %ifaceeq.values11
  %113 = icmp eq ptr %102, null
  %114 = getelementptr i8, ptr %102, i64 -16
  %115 = select i1 %113, ptr @.nilname.14, ptr %114
  %116 = load { ptr, i64 }, ptr %115, align 8
  %117 = extractvalue { ptr, i64 } %116, 0
  %118 = extractvalue { ptr, i64 } %116, 1
  %119 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.2, i64 43, ptr %117, i64 %118)
  %120 = call ptr @llgo_newobject(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24))
  store { ptr, i64 } %119, ptr %120, align 8
  call void @llgo_panic(ptr getelementptr inbounds (i8, ptr @"type:string", i64 24), ptr %120)
  unreachable

uncomparable.next15:                              ; preds = %ifaceeq.values11
  %121 = getelementptr i8, ptr %102, i64 23
  %122 = load i8, ptr %121, align 1
  %123 = and i8 %122, 32
  %124 = icmp ne i8 %123, 0
  %125 = icmp eq ptr %104, %105
  br i1 %124, label %ifaceeq.done13, label %ifaceeq.boxed12

ifaceeq.boxed12:                                  ; preds = %uncomparable.next15
  %126 = call i1 %111(ptr %104, ptr %105)
  br label %ifaceeq.done13

ifaceeq.done13:                                   ; preds = %ifaceeq.boxed12, %uncomparable.next15, %ifaceeq.done8
  %127 = phi i1 [ %106, %ifaceeq.done8 ], [ %125, %uncomparable.next15 ], [ %126, %ifaceeq.boxed12 ]
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.15, i64 34)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %127)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %128 = call { ptr, ptr } @main.recovered({ ptr, ptr } { ptr @"main.main$4", ptr null }, ptr null)
  %129 = extractvalue { ptr, ptr } %128, 0
  %130 = icmp eq ptr %129, null
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.16, i64 13)
  call void @llgo_printsp()
  call void @llgo_printbool(i1 %130)
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
  %4 = call i64 %2(i64 7, ptr %3)
  call void @llgo_printlock()
  call void @llgo_printint(i64 %4)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @"main.main$4"(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @llgo_printlock()
  call void @llgo_printstring(ptr @.str.17, i64 6)
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
  %15 = icmp eq ptr %4, null
  %16 = getelementptr i8, ptr %4, i64 -16
  %17 = select i1 %15, ptr @.nilname, ptr %16
  %18 = load { ptr, i64 }, ptr %17, align 8
  %19 = extractvalue { ptr, i64 } %18, 0
  %20 = extractvalue { ptr, i64 } %18, 1
  %21 = call { ptr, i64 } @llgo_concatstring2(ptr @.str.2, i64 43, ptr %19, i64 %20)
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

declare { ptr, i64 } @llgo_concatstring2(ptr, i64, ptr, i64)

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
  call void %5(ptr %6)
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
