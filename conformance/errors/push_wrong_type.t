fn main() {
    let v: Vec<Str> = [];
    v.push(3);
}
