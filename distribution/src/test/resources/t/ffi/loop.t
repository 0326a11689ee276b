// Calls a C function N times, every few milliseconds, while the ffi subsystem is swapped under it.
extern "libc.so.6" { fn labs(n: c_long) -> c_long; }

fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let mut total = 0;
    for i in 0..n {
        total += labs(-i);
        sleep(3);
    }
    println(total);
}
