// FFI is not in the language yet: an extern block does not compile.
extern "libc.so.6" {
    fn getpid() -> Int;
}

fn main() { println("{getpid()}"); }
