fn main() {
    let x = 1;
    println(r"raw {x} \n");
    println(r"C:\path\to\file");
    println(r"{{}}");
    println(r"\u{41}".len());
    println(r"");
}
