// Calling C: libm's cos, libc's qsort with a T closure as the comparator, and snprintf.
// Run it with `tlang run examples/ffi.t` (a file run by hand may use ffi; a package declares it).
extern "libm.so.6" {
    fn cos(x: c_double) -> c_double;
}

extern "libc.so.6" {
    fn qsort(base: Vec<c_int>, n: c_size_t, size: c_size_t, cmp: fn(Ptr, Ptr) -> c_int);
    fn snprintf(buf: Vec<c_char>, n: c_size_t, format: CStr, ...) -> c_int;
}

fn main() {
    println("cos(0) = {cos(0.0)}");

    let scores = [42, 7, 19, 88, 3];
    qsort(scores, scores.len(), 4, |a, b| b.read_c_int(0) - a.read_c_int(0));
    println("best first: {scores}");

    let buf = Vec::with(32, 0);
    let n = snprintf(buf, 32, "%s scored %ld", "ada", scores[0]);
    let text = Bytes::new();
    for c in buf.slice(0, n) { text.push(c); }
    println("{n} bytes: {text.to_str()}");
}
