fn fib(n: Int) -> Int {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let t0 = now_ms();
    let r = fib(n);
    eprintln("ms {now_ms() - t0}");
    println(r);
}
