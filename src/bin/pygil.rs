fn main() {
    println!("pygil");
}
