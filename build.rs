fn main() {
    // Generate the parser from grammar/python.lalrpop into OUT_DIR.
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR"))
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed");
    println!("cargo:rerun-if-changed=grammar");
}
