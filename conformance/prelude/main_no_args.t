fn main(args: Vec<Str>) {
    println(args);
    println(args.is_empty());
}
