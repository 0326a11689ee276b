fn main() {
    println("// not a comment");
    println("/* nor this */");
    let x = 1; /* comment after code */ let y = 2;
    println(x + y);
    /**/
    println(r"// raw");
}
