fn lookup(id: Int) -> Str {
    let names = [1: "ann"];
    names.get(id).expect("unknown id {id}")
}
fn main() {
    println(lookup(1));
    println(lookup(2));
}
