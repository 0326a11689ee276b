fn main() {
    print("a");
    print(1);
    print(2.5);
    print(true);
    println("");
    println([1]);
    print(());
    println(Some("x"));
    println("end");
}
