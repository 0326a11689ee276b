// printf writes to the process's C stdout, which has a buffer of its own: fflush(NULL) empties it.
extern "libc.so.6" {
    fn printf(format: CStr, ...) -> c_int;
    fn fflush(stream: Ptr) -> c_int;
}

fn main() {
    printf("%s has %ld legs and %.2f eyes\n", "a cat", 4, 2.0);
    printf("no arguments\n");
    fflush(Ptr::null());
}
