//! args: 10 x
fn main(args: Vec<Str>) {
    println(args);
    println(args.len());
    let n = args[0].parse_int().unwrap();
    println(n * 2);
}
