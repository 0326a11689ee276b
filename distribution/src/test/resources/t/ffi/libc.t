// libc and libm: strings, the process id, qsort with a T comparator, a variadic function.
extern "libc.so.6" {
    fn strlen(s: CStr) -> c_size_t;
    fn getpid() -> c_int;
    fn qsort(base: Vec<c_int>, n: c_size_t, size: c_size_t, cmp: fn(Ptr, Ptr) -> c_int);
    fn snprintf(buf: Vec<c_char>, n: c_size_t, fmt: CStr, ...) -> c_int;
}
extern "libm.so.6" {
    fn cos(x: c_double) -> c_double;
}

fn by_value(a: Ptr, b: Ptr) -> c_int { a.read_c_int(0) - b.read_c_int(0) }

fn main(args: Vec<Str>) {
    println(strlen("hello, wörld"));
    println(getpid() == args[0].parse_int().unwrap());
    let v = [31, -4, 15, 9, 26, 5, 3];
    qsort(v, v.len(), 4, by_value);
    println(v);
    qsort(v, v.len(), 4, |a, b| b.read_c_int(0) - a.read_c_int(0));
    println(v);
    println(cos(0.0) + cos(3.141592653589793));
    let mut sum = 0.0;
    for i in 0..1000 { sum += cos(i as Float / 1000.0); }
    println(sum.fixed(6));
    let buf = Vec::with(16, 0);
    let n = snprintf(buf, 16, "%ld+%ld", 40, 2);
    println(n);
}
