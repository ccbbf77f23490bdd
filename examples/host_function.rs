//! Register Rust functions and a native module, run a threaded script that
//! calls them, and read the result back.
//!
//!     cargo run --release --example host_function

use pygil::embed::{HostModule, PyException};
use pygil::Interpreter;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

const SCRIPT: &str = r#"
import threading
import inventory

def restock(item, n):
    for _ in range(n):
        inventory.add(item, qty=1)

threads = [threading.Thread(target=restock, args=(name, 100)) for name in ("apple", "pear")]
for t in threads: t.start()
for t in threads: t.join()

try:
    inventory.add("", qty=1)
except inventory.InventoryError as e:
    print("refused:", e)

print("price of 3 apples:", price(3, unit=0.25))
stock = inventory.snapshot()
"#;

fn main() {
    let mut interp = Interpreter::builder().build();

    // A built-in function every script sees, with a keyword argument.
    interp.add_function("price", |args| {
        let n: i64 = args.arg(0, "n")?;
        let unit: f64 = args.opt(1, "unit")?.unwrap_or(1.0);
        Ok(n as f64 * unit)
    });

    // A module `import inventory` finds. Host state lives in the closures,
    // shared through `Arc`s: closures move with the interpreter, which may
    // go to another OS thread (it is `Send`), so they must be `Send` too.
    let apples = Arc::new(AtomicI64::new(0));
    let pears = Arc::new(AtomicI64::new(0));
    let (a, p) = (apples.clone(), pears.clone());
    let (a2, p2) = (apples.clone(), pears.clone());
    let module = HostModule::new("inventory")
        .exception("InventoryError")
        .function("add", move |args| {
            let item: String = args.arg(0, "item")?;
            let qty: i64 = args.kw("qty")?.unwrap_or(1);
            match item.as_str() {
                "apple" => a.fetch_add(qty, Ordering::SeqCst),
                "pear" => p.fetch_add(qty, Ordering::SeqCst),
                _ => return Err(PyException::new("InventoryError", format!("unknown item {:?}", item))),
            };
            Ok(())
        })
        .typed_function("snapshot", move |(): ()| Ok(vec![("apple".to_string(), a2.load(Ordering::SeqCst)), ("pear".to_string(), p2.load(Ordering::SeqCst))]));
    interp.add_module(module).expect("module");

    let result = interp.run_source("shop.py", SCRIPT);
    assert_eq!(result.exit_code, 0, "{:?}", result.exception);

    let stock: Vec<(String, i64)> = interp.get_global("stock").expect("stock");
    println!("stock read from Rust: {:?}", stock);
    assert_eq!(stock, vec![("apple".to_string(), 100), ("pear".to_string(), 100)]);
    assert_eq!(apples.load(Ordering::SeqCst) + pears.load(Ordering::SeqCst), 200);
}
