fn main() {
    println("to stdout");
    eprintln("to stderr");
    eprintln(42);
    eprintln(["q"]);
}
