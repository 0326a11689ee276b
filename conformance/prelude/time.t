fn main() {
    let t0 = now_ms();
    let n0 = now_ns();
    sleep(20);
    let t1 = now_ms();
    let n1 = now_ns();
    println(t0 > 0);
    println(t1 - t0 >= 20);
    println(n1 - n0 >= 20_000_000);
    println(n1 > n0);
    sleep(0);
    println("slept");
}
