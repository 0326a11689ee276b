fn main() {
    let b = "abc".bytes();
    println(b.len());
    println("é".bytes().len());
    println("😀".bytes().len());
}
