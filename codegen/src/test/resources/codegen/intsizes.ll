; ModuleID = 'main'
source_filename = "main"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @main.ops(i64 %a, i64 %b, i32 %c, i32 %d, i8 %e, i8 %f, i64 %n, ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  %0 = add i64 %a, %b
  %1 = sub i64 %a, %b
  %2 = mul i64 %a, %b
  %3 = icmp eq i64 %b, 0
  br i1 %3, label %divzero.fail, label %divzero.next

divzero.fail:                                     ; preds = %"0.entry"
  call void @llgo_panicdivide()
  unreachable

divzero.next:                                     ; preds = %"0.entry"
  %4 = icmp eq i64 %b, -1
  %5 = select i1 %4, i64 1, i64 %b
  %6 = sdiv i64 %a, %5
  %7 = sub i64 0, %a
  %8 = select i1 %4, i64 %7, i64 %6
  %9 = icmp eq i64 %b, 0
  br i1 %9, label %divzero.fail1, label %divzero.next2

divzero.fail1:                                    ; preds = %divzero.next
  call void @llgo_panicdivide()
  unreachable

divzero.next2:                                    ; preds = %divzero.next
  %10 = icmp eq i64 %b, -1
  %11 = select i1 %10, i64 1, i64 %b
  %12 = srem i64 %a, %11
  %13 = select i1 %10, i64 0, i64 %12
  %14 = icmp uge i64 %n, 64
  %15 = select i1 %14, i64 0, i64 %n
  %16 = shl i64 %a, %15
  %17 = select i1 %14, i64 0, i64 %16
  %18 = icmp uge i64 %n, 64
  %19 = select i1 %18, i64 63, i64 %n
  %20 = ashr i64 %a, %19
  %21 = and i64 %a, %b
  %22 = or i64 %a, %b
  %23 = xor i64 %a, %b
  %24 = xor i64 %b, -1
  %25 = and i64 %a, %24
  call void @llgo_printlock()
  call void @llgo_printint(i64 %0)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %1)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %2)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %8)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %13)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %17)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %20)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %21)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %22)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %23)
  call void @llgo_printsp()
  call void @llgo_printint(i64 %25)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %26 = add i32 %c, %d
  %27 = sub i32 %c, %d
  %28 = mul i32 %c, %d
  %29 = icmp eq i32 %d, 0
  br i1 %29, label %divzero.fail3, label %divzero.next4

divzero.fail3:                                    ; preds = %divzero.next2
  call void @llgo_panicdivide()
  unreachable

divzero.next4:                                    ; preds = %divzero.next2
  %30 = icmp eq i32 %d, -1
  %31 = select i1 %30, i32 1, i32 %d
  %32 = sdiv i32 %c, %31
  %33 = sub i32 0, %c
  %34 = select i1 %30, i32 %33, i32 %32
  %35 = icmp eq i32 %d, 0
  br i1 %35, label %divzero.fail5, label %divzero.next6

divzero.fail5:                                    ; preds = %divzero.next4
  call void @llgo_panicdivide()
  unreachable

divzero.next6:                                    ; preds = %divzero.next4
  %36 = icmp eq i32 %d, -1
  %37 = select i1 %36, i32 1, i32 %d
  %38 = srem i32 %c, %37
  %39 = select i1 %36, i32 0, i32 %38
  %40 = icmp uge i64 %n, 32
  %41 = trunc i64 %n to i32
  %42 = select i1 %40, i32 0, i32 %41
  %43 = shl i32 %c, %42
  %44 = select i1 %40, i32 0, i32 %43
  %45 = icmp uge i64 %n, 32
  %46 = trunc i64 %n to i32
  %47 = select i1 %45, i32 31, i32 %46
  %48 = ashr i32 %c, %47
  %49 = and i32 %c, %d
  %50 = or i32 %c, %d
  %51 = xor i32 %c, %d
  call void @llgo_printlock()
  %52 = sext i32 %26 to i64
  call void @llgo_printint(i64 %52)
  call void @llgo_printsp()
  %53 = sext i32 %27 to i64
  call void @llgo_printint(i64 %53)
  call void @llgo_printsp()
  %54 = sext i32 %28 to i64
  call void @llgo_printint(i64 %54)
  call void @llgo_printsp()
  %55 = sext i32 %34 to i64
  call void @llgo_printint(i64 %55)
  call void @llgo_printsp()
  %56 = sext i32 %39 to i64
  call void @llgo_printint(i64 %56)
  call void @llgo_printsp()
  %57 = sext i32 %44 to i64
  call void @llgo_printint(i64 %57)
  call void @llgo_printsp()
  %58 = sext i32 %48 to i64
  call void @llgo_printint(i64 %58)
  call void @llgo_printsp()
  %59 = sext i32 %49 to i64
  call void @llgo_printint(i64 %59)
  call void @llgo_printsp()
  %60 = sext i32 %50 to i64
  call void @llgo_printint(i64 %60)
  call void @llgo_printsp()
  %61 = sext i32 %51 to i64
  call void @llgo_printint(i64 %61)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  %62 = add i8 %e, %f
  %63 = sub i8 %e, %f
  %64 = mul i8 %e, %f
  %65 = icmp eq i8 %f, 0
  br i1 %65, label %divzero.fail7, label %divzero.next8

divzero.fail7:                                    ; preds = %divzero.next6
  call void @llgo_panicdivide()
  unreachable

divzero.next8:                                    ; preds = %divzero.next6
  %66 = udiv i8 %e, %f
  %67 = icmp eq i8 %f, 0
  br i1 %67, label %divzero.fail9, label %divzero.next10

divzero.fail9:                                    ; preds = %divzero.next8
  call void @llgo_panicdivide()
  unreachable

divzero.next10:                                   ; preds = %divzero.next8
  %68 = urem i8 %e, %f
  %69 = icmp uge i64 %n, 8
  %70 = trunc i64 %n to i8
  %71 = select i1 %69, i8 0, i8 %70
  %72 = shl i8 %e, %71
  %73 = select i1 %69, i8 0, i8 %72
  %74 = icmp uge i64 %n, 8
  %75 = trunc i64 %n to i8
  %76 = select i1 %74, i8 0, i8 %75
  %77 = lshr i8 %e, %76
  %78 = select i1 %74, i8 0, i8 %77
  %79 = and i8 %e, %f
  %80 = or i8 %e, %f
  %81 = xor i8 %e, %f
  call void @llgo_printlock()
  %82 = zext i8 %62 to i64
  call void @llgo_printuint(i64 %82)
  call void @llgo_printsp()
  %83 = zext i8 %63 to i64
  call void @llgo_printuint(i64 %83)
  call void @llgo_printsp()
  %84 = zext i8 %64 to i64
  call void @llgo_printuint(i64 %84)
  call void @llgo_printsp()
  %85 = zext i8 %66 to i64
  call void @llgo_printuint(i64 %85)
  call void @llgo_printsp()
  %86 = zext i8 %68 to i64
  call void @llgo_printuint(i64 %86)
  call void @llgo_printsp()
  %87 = zext i8 %73 to i64
  call void @llgo_printuint(i64 %87)
  call void @llgo_printsp()
  %88 = zext i8 %78 to i64
  call void @llgo_printuint(i64 %88)
  call void @llgo_printsp()
  %89 = zext i8 %79 to i64
  call void @llgo_printuint(i64 %89)
  call void @llgo_printsp()
  %90 = zext i8 %80 to i64
  call void @llgo_printuint(i64 %90)
  call void @llgo_printsp()
  %91 = zext i8 %81 to i64
  call void @llgo_printuint(i64 %91)
  call void @llgo_printnl()
  call void @llgo_printunlock()
  ret void
}

define void @main.main(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  call void @main.ops(i64 9223372036854775807, i64 3, i32 2147483647, i32 7, i8 -56, i8 100, i64 3, ptr null)
  call void @main.ops(i64 -9223372036854775808, i64 -1, i32 -2147483648, i32 -1, i8 7, i8 -6, i64 70, ptr null)
  call void @main.ops(i64 -7, i64 2, i32 -7, i32 2, i8 -1, i8 16, i64 8, ptr null)
  call void @main.ops(i64 -5, i64 64, i32 -5, i32 32, i8 -127, i8 8, i64 64, ptr null)
  call void @main.ops(i64 -5, i64 64, i32 -5, i32 32, i8 -127, i8 8, i64 32, ptr null)
  ret void
}

define void @main.init(ptr %context) {
entry:
  br label %"0.entry"

"0.entry":                                        ; preds = %entry
  ret void
}

; Function Attrs: noreturn
declare void @llgo_panicdivide() #0

declare void @llgo_printlock()

declare void @llgo_printint(i64)

declare void @llgo_printsp()

declare void @llgo_printnl()

declare void @llgo_printunlock()

declare void @llgo_printuint(i64)

attributes #0 = { noreturn }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
