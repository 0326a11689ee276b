// `>>` is arithmetic (keeps the sign), `>>>` logical; `1 << 63` gives the sign bit (shifts do not overflow-check)
fn main() {
    println(1 << 10);
    println(1024 >> 3);
    println(-16 >> 2);
    println(-16 >>> 60);
    println(-1 >>> 63);
    println(16 >>> 2);
    println(1 << 63);
}
