extern "libc.so.6" { fn qsort(base: Vec<c_int>, n: c_size_t, size: c_size_t, cmp: fn(Ptr, Ptr) -> c_int); }

fn compare(a: Ptr, b: Ptr) -> c_int {
    if a.read_c_int(0) == 13 || b.read_c_int(0) == 13 { panic("13 is not comparable"); }
    a.read_c_int(0) - b.read_c_int(0)
}

fn main() {
    let v = [1, 13, 2];
    qsort(v, 3, 4, compare);
    println("not reached");
}
