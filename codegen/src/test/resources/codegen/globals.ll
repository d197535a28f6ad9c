; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.counter = global i64 0, align 8
@main.names = global { ptr, i64, i64 } zeroinitializer, align 8
@main.table = global [3 x i64] zeroinitializer, align 8
@main.pi = global double 0.000000e+00, align 8
@"name:0:*[1]string" = linkonce_odr constant [12 x i8] c"\00\0A*[1]string", align 1
@llgo.types = external global i8
@"gcbits:01" = linkonce_odr constant [1 x i8] c"\01"
@"name:0:*string" = linkonce_odr constant [9 x i8] c"\00\07*string", align 1
@"type:*string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 8, i64 8, i32 -728188384, i8 8, i8 8, i8 8, i8 54, { ptr, ptr } { ptr @"eq:*string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, { i32, i16, i16, i32, i32 } } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 -115318168, i8 7, i8 8, i8 8, i8 24, { ptr, ptr } { ptr @"eq:string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @"type:*string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32) }, { i32, i16, i16, i32, i32 } { i32 0, i16 0, i16 0, i32 16, i32 0 } }, section "llgo_types", align 8
@"name:0:*[]string" = linkonce_odr constant [11 x i8] c"\00\09*[]string", align 1
@"type:[]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 24, i64 8, i32 1809559048, i8 2, i8 8, i8 8, i8 23, { ptr, ptr } zeroinitializer, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string" }, section "llgo_types", align 8
@"type:[1]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 16, i64 8, i32 75879957, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[1]string", ptr null }, ptr @"gcbits:01", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[1]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]string", i64 1 }, section "llgo_types", align 8
@.str = private unnamed_addr constant [1 x i8] c"c", align 1
@"name:0:*[2]string" = linkonce_odr constant [12 x i8] c"\00\0A*[2]string", align 1
@"gcbits:05" = linkonce_odr constant [1 x i8] c"\05"
@"type:[2]string" = linkonce_odr constant { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 }, ptr, ptr, i64 } { { i64, i64, i32, i8, i8, i8, i8, { ptr, ptr }, ptr, i32, i32 } { i64 32, i64 24, i32 1903738042, i8 2, i8 8, i8 8, i8 17, { ptr, ptr } { ptr @"eq:[2]string", ptr null }, ptr @"gcbits:05", i32 trunc (i64 sub (i64 ptrtoint (ptr @"name:0:*[2]string" to i64), i64 ptrtoint (ptr @llgo.types to i64)) to i32), i32 0 }, ptr @"type:string", ptr @"type:[]string", i64 2 }, section "llgo_types", align 8
@.str.1 = private unnamed_addr constant [1 x i8] c"a", align 1
@.str.2 = private unnamed_addr constant [1 x i8] c"b", align 1

define [3 x i64] @main.map1(ptr %context) {
entry:
  %complit = alloca [3 x i64], align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store [3 x i64] zeroinitializer, ptr %complit, align 8
  %0 = getelementptr [3 x i64], ptr %complit, i64 0, i64 0
  store i64 1, ptr %0, align 8
  %1 = getelementptr [3 x i64], ptr %complit, i64 0, i64 1
  store i64 2, ptr %1, align 8
  %2 = getelementptr [3 x i64], ptr %complit, i64 0, i64 2
  store i64 3, ptr %2, align 8
  %3 = load [3 x i64], ptr %complit, align 8
  ret [3 x i64] %3
}

define void @main.init.0(ptr %context) {
entry:
  %append = alloca { ptr, i64, i64 }, align 8
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  store i64 10, ptr @main.counter, align 8
  %0 = load { ptr, i64, i64 }, ptr @main.names, align 8
  %1 = call ptr @llgo_newobject(ptr @"type:[1]string")
  %2 = getelementptr [1 x { ptr, i64 }], ptr %1, i64 0, i64 0
  store { ptr, i64 } { ptr @.str, i64 1 }, ptr %2, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 1, i64 1)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %3 = getelementptr { ptr, i64 }, ptr %1, i64 0
  %4 = insertvalue { ptr, i64, i64 } undef, ptr %3, 0
  %5 = insertvalue { ptr, i64, i64 } %4, i64 1, 1
  %6 = insertvalue { ptr, i64, i64 } %5, i64 1, 2
  %7 = extractvalue { ptr, i64, i64 } %6, 1
  %8 = extractvalue { ptr, i64, i64 } %0, 0
  %9 = extractvalue { ptr, i64, i64 } %0, 1
  %10 = extractvalue { ptr, i64, i64 } %0, 2
  %11 = add i64 %9, %7
  %12 = icmp ugt i64 %11, %10
  br i1 %12, label %append.grow, label %append.done

append.grow:                                      ; preds = %slice.next
  call void @llgo_growslice(ptr %append, ptr %8, i64 %9, i64 %10, i64 %11, ptr @"type:string")
  %13 = load { ptr, i64, i64 }, ptr %append, align 8
  %14 = extractvalue { ptr, i64, i64 } %13, 0
  %15 = extractvalue { ptr, i64, i64 } %13, 2
  br label %append.done

append.done:                                      ; preds = %append.grow, %slice.next
  %16 = phi ptr [ %8, %slice.next ], [ %14, %append.grow ]
  %17 = phi i64 [ %10, %slice.next ], [ %15, %append.grow ]
  %18 = getelementptr { ptr, i64 }, ptr %16, i64 %9
  %19 = extractvalue { ptr, i64, i64 } %6, 0
  %20 = call i64 @llgo_slicecopy(ptr %18, i64 %7, ptr %19, i64 %7, i64 16)
  %21 = insertvalue { ptr, i64, i64 } undef, ptr %16, 0
  %22 = insertvalue { ptr, i64, i64 } %21, i64 %11, 1
  %23 = insertvalue { ptr, i64, i64 } %22, i64 %17, 2
  store { ptr, i64, i64 } %23, ptr @main.names, align 8
  ret void
}

define i64 @main.bump(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = load i64, ptr @main.counter, align 8
  %1 = add i64 %0, 1
  store i64 %1, ptr @main.counter, align 8
  %2 = load i64, ptr @main.counter, align 8
  ret i64 %2
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call i64 @main.bump(ptr null)
  %1 = load { ptr, i64, i64 }, ptr @main.names, align 8
  %2 = extractvalue { ptr, i64, i64 } %1, 1
  %3 = load i64, ptr @main.counter, align 8
  %4 = load { ptr, i64, i64 }, ptr @main.names, align 8
  %5 = extractvalue { ptr, i64, i64 } %4, 1
  %6 = icmp uge i64 2, %5
  br i1 %6, label %bounds.fail, label %bounds.next

bounds.fail:                                      ; preds = %"0.entry"
  call void @llgo_panicindex(i64 2, i64 %5)
  unreachable

bounds.next:                                      ; preds = %"0.entry"
  %7 = extractvalue { ptr, i64, i64 } %4, 0
  %8 = getelementptr { ptr, i64 }, ptr %7, i64 2
  %9 = load { ptr, i64 }, ptr %8, align 8
  %10 = load i64, ptr getelementptr ([3 x i64], ptr @main.table, i64 0, i64 2), align 8
  %11 = load double, ptr @main.pi, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %3)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printsp()
  %12 = extractvalue { ptr, i64 } %9, 0
  %13 = extractvalue { ptr, i64 } %9, 1
  call void @llgo_printstring(ptr %12, i64 %13)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %10)
  call void @llgo_printsp()
  call void @llgo_printfloat(double %11)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %14 = call i64 @main.bump(ptr null)
  %15 = load i64, ptr @main.counter, align 8
  call void @llgo_printlock()
  call void @llgo_printint(i64 %14)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %15)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = call ptr @llgo_newobject(ptr @"type:[2]string")
  %1 = getelementptr [2 x { ptr, i64 }], ptr %0, i64 0, i64 0
  store { ptr, i64 } { ptr @.str.1, i64 1 }, ptr %1, align 8
  %2 = getelementptr [2 x { ptr, i64 }], ptr %0, i64 0, i64 1
  store { ptr, i64 } { ptr @.str.2, i64 1 }, ptr %2, align 8
  br i1 false, label %slice.fail, label %slice.next

slice.fail:                                       ; preds = %"0.entry"
  call void @llgo_panicslicelen(i64 0, i64 2, i64 2)
  unreachable

slice.next:                                       ; preds = %"0.entry"
  %3 = getelementptr { ptr, i64 }, ptr %0, i64 0
  %4 = insertvalue { ptr, i64, i64 } undef, ptr %3, 0
  %5 = insertvalue { ptr, i64, i64 } %4, i64 2, 1
  %6 = insertvalue { ptr, i64, i64 } %5, i64 2, 2
  store { ptr, i64, i64 } %6, ptr @main.names, align 8
  %7 = call [3 x i64] @main.map1(ptr null)
  store [3 x i64] %7, ptr @main.table, align 8
  store double 3.140000e+00, ptr @main.pi, align 8
  call void @main.init.0(ptr null)
  ret void
}

declare ptr @llgo_newobject(ptr)

define linkonce_odr i1 @"eq:[1]string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [1 x { ptr, i64 }], ptr %0, align 8
  %4 = load [1 x { ptr, i64 }], ptr %1, align 8
  %5 = extractvalue [1 x { ptr, i64 }] %3, 0
  %6 = extractvalue [1 x { ptr, i64 }] %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  ret i1 %12
}

declare i1 @llgo_eqstring(ptr, i64, ptr, i64)

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

; Function Attrs: noreturn
declare void @llgo_panicslicelen(i64, i64, i64) #0

declare void @llgo_growslice(ptr, ptr, i64, i64, i64, ptr)

declare i64 @llgo_slicecopy(ptr, i64, ptr, i64, i64)

; Function Attrs: noreturn
declare void @llgo_panicindex(i64, i64) #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printstring(ptr, i64)

declare void @llgo_printfloat(double)

declare void @llgo_printnl()

declare void @llgo_printunlock()

define linkonce_odr i1 @"eq:[2]string"(ptr %0, ptr %1, ptr %2) {
entry:
  %3 = load [2 x { ptr, i64 }], ptr %0, align 8
  %4 = load [2 x { ptr, i64 }], ptr %1, align 8
  %5 = extractvalue [2 x { ptr, i64 }] %3, 0
  %6 = extractvalue [2 x { ptr, i64 }] %4, 0
  %7 = extractvalue { ptr, i64 } %5, 0
  %8 = extractvalue { ptr, i64 } %5, 1
  %9 = extractvalue { ptr, i64 } %6, 0
  %10 = extractvalue { ptr, i64 } %6, 1
  %11 = call i1 @llgo_eqstring(ptr %7, i64 %8, ptr %9, i64 %10)
  %12 = and i1 true, %11
  %13 = extractvalue [2 x { ptr, i64 }] %3, 1
  %14 = extractvalue [2 x { ptr, i64 }] %4, 1
  %15 = extractvalue { ptr, i64 } %13, 0
  %16 = extractvalue { ptr, i64 } %13, 1
  %17 = extractvalue { ptr, i64 } %14, 0
  %18 = extractvalue { ptr, i64 } %14, 1
  %19 = call i1 @llgo_eqstring(ptr %15, i64 %16, ptr %17, i64 %18)
  %20 = and i1 %12, %19
  ret i1 %20
}

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
