// Calls a C function every few milliseconds while the ffi subsystem is swapped under it.
extern "libc.so.6" { fn labs(n: c_long) -> c_long; }

fn main() {
    let mut total = 0;
    for i in 0..150 {
        total += labs(-i);
        sleep(4);
    }
    println(total);
}
