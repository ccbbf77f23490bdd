//! `max_stack`: the deepest the value stack can get, by a walk over the
//! control-flow graph with each instruction's stack effect.

use crate::bytecode::Instr;

/// Stack effect of `i`, on the fall-through path (`jump == false`) or the
/// jump path.
pub fn stack_effect(i: &Instr, jump: bool) -> i32 {
    use Instr::*;
    match *i {
        Nop | RotTwo | RotThree | RotFour => 0,
        PopTop => -1,
        DupTop => 1,
        DupTopTwo => 2,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadGlobal(_)
        | LoadName(_) => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        CallMethod(n) => -(n as i32) - 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp(_) | InplaceOp(_) => -1,
        UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert => 0,
        CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        ListToTuple => 0,
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(op) => ((op & 0xff) + (op >> 8)) as i32,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        MakeFunction(f) => -((f & 1 != 0) as i32 + (f & 2 != 0) as i32 + (f & 8 != 0) as i32),
        Call(n) => -(n as i32),
        CallKw(n) => -(n as i32) - 1,
        CallEx(f) => -1 - (f & 1) as i32,
        ReturnValue => -1,
        LoadBuildClass => 1,
        SetupFinally(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        PopBlock | PopExcept => 0,
        JumpIfNotExcMatch(_) => -2,
        RaiseVarargs(n) => -(n as i32),
        Reraise => -1,
        BeforeWith => 1,
        SetupWith(_) => 0,
        WithExceptStart => 1,
        LoadAssertionError => 1,
        YieldValue => 0,
        GetYieldFromIter => 0,
        YieldFrom => -1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
    }
}

fn falls_through(i: &Instr) -> bool {
    !matches!(i, Instr::Jump(_) | Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise)
}

/// The maximum stack depth over all paths (jump targets must already be
/// instruction indices).
pub fn max_stack_depth(code: &[Instr]) -> u32 {
    let n = code.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0i32;
    while let Some((mut pc, mut d)) = work.pop() {
        while pc < n {
            match depth_at[pc] {
                Some(old) if old >= d || d > 100_000 => break,
                _ => depth_at[pc] = Some(d),
            }
            let i = &code[pc];
            if let Some(t) = i.jump_target() {
                let jd = d + stack_effect(i, true);
                max = max.max(jd);
                if (t as usize) <= n {
                    work.push((t as usize, jd));
                }
            }
            d += stack_effect(i, false);
            max = max.max(d);
            if !falls_through(i) {
                break;
            }
            pc += 1;
        }
    }
    max.max(0) as u32
}

/// Check that every instruction is reached with one stack depth, that the
/// depth never goes negative and that `ReturnValue` leaves an empty stack
/// (blocks aside). For tests.
#[cfg(test)]
pub fn check_stack(code: &[Instr]) -> Result<(), String> {
    let n = code.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    while let Some((mut pc, mut d)) = work.pop() {
        while pc < n {
            match depth_at[pc] {
                Some(old) if old == d => break,
                Some(old) => return Err(format!("pc {}: depth {} vs {} ({:?})", pc, old, d, code[pc])),
                None => depth_at[pc] = Some(d),
            }
            let i = &code[pc];
            if d + stack_effect(i, false).min(stack_effect(i, true)) < 0 && !matches!(i, Instr::Reraise) {
                return Err(format!("pc {}: stack underflow at {:?} (depth {})", pc, i, d));
            }
            if let Some(t) = i.jump_target() {
                work.push((t as usize, d + stack_effect(i, true)));
            }
            if matches!(i, Instr::ReturnValue) && d != 1 {
                return Err(format!("pc {}: return with depth {}", pc, d));
            }
            d += stack_effect(i, false);
            if !falls_through(i) {
                break;
            }
            pc += 1;
        }
        if pc >= n {
            return Err("falls off the end".into());
        }
    }
    Ok(())
}
