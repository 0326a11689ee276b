fn main() {
    println("a\nb");
    println("tab\there");
    println("back\\slash");
    println("say \"hi\"");
    println("\u{1F600}");
    println("\u{41}\u{e9}");
    println("a\rb".len());
    println("a\0b".len());
    println("\0" == "\u{0}");
    println("\r" == "\u{D}");
    println("\t" == "\u{9}");
}
