// Without the ffi capability an extern function panics when called, and its library is not even opened.
extern "libc.so.6" {
    fn getpid() -> c_int;
}

fn main() { println("ESCAPED {getpid()}"); }
