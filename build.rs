fn main() {
    // The parser helper wires lalrpop here (grammar/ -> OUT_DIR).
    println!("cargo:rerun-if-changed=grammar");
}
