fn main() {
    for i in 0..10 {
        if i == 3 { panic("stop at {i}"); }
        println(i);
    }
    println("never");
}
