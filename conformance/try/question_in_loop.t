fn all_numbers(words: Vec<Str>) -> Result<Vec<Int>, Str> {
    let out = [];
    for w in words {
        let n = w.parse_int().ok_or(w)?;
        out.push(n);
    }
    Ok(out)
}
fn main() {
    println(all_numbers(["1", "2", "3"]));
    println(all_numbers(["1", "two", "3", "four"]));
}
