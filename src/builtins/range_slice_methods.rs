//! Methods of `range` (index, count) and `slice` (indices). Their data
//! attributes (start, stop, step) are in `Vm::special_attr`.

use super::*;
use crate::vm::PyResult;

pub fn install(vm: &mut Vm) {
    let r = vm.types.range.clone();
    add_method(&r, "index", range_index);
    add_method(&r, "count", range_count);
    let s = vm.types.slice.clone();
    add_method(&s, "indices", slice_indices);
}

fn this_range(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Rc<RangeObj>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(vm.type_error(&format!("descriptor '{method}' requires a 'range' object"))),
    }
}

/// The position of an int in the range, if it is one of its values.
fn position(r: &RangeObj, v: &Value) -> Option<Value> {
    let i = match v {
        Value::Int(i) => num_bigint::BigInt::from(*i),
        Value::Bool(b) => num_bigint::BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => return None,
    };
    r.position(&i).map(Value::from_bigint)
}

fn range_index(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = this_range(vm, &args, "index")?;
    check_nargs(vm, "index", args.len() - 1, 1, 1)?;
    if let Some(k) = position(&r, &args[1]) {
        return Ok(k);
    }
    // Other values equal to a member (a float, an instance) by iteration.
    if !matches!(args[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        for k in 0..r.len() {
            if vm.eq(&Value::Int(r.get(k)), &args[1])? {
                return Ok(Value::Int(k));
            }
        }
    }
    let shown = vm.repr(&args[1])?;
    Err(vm.value_error(&format!("{shown} is not in range")))
}

fn range_count(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let r = this_range(vm, &args, "count")?;
    check_nargs(vm, "count", args.len() - 1, 1, 1)?;
    if matches!(args[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Ok(Value::Int(position(&r, &args[1]).is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.get(k)), &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `slice.indices(len)`: (start, stop, step) normalised as slicing would.
fn slice_indices(vm: &mut Vm, args: Vec<Value>, _kw: KwArgs) -> PyResult<Value> {
    let s = match args.first() {
        Some(Value::Slice(s)) => s.clone(),
        _ => return Err(vm.type_error("descriptor 'indices' requires a 'slice' object")),
    };
    check_nargs(vm, "indices", args.len() - 1, 1, 1)?;
    let len = match vm.index_value(&args[1])? {
        Some(n) if n < 0 => return Err(vm.value_error("length should not be negative")),
        Some(n) => n as usize,
        None => {
            let tn = vm.type_name(&args[1]);
            return Err(vm.type_error(&format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let idx = vm.slice_indices(&s, len)?;
    Ok(Value::tuple(vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)]))
}
