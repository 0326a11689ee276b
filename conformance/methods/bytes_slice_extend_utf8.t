// pins: Bytes::from_str(s) is s.bytes(); slice(from, to) is a copy (from inclusive, to exclusive);
// extend appends in place and b.extend(b) doubles b; Str::from_utf8 is strict UTF-8 and its Err
// names the byte offset of the first bad byte (as Rust's Utf8Error::valid_up_to does)
fn main() {
    let b = Bytes::from_str("héllo");
    println(b.len());
    println(b == "héllo".bytes());
    let s = b.slice(1, 3);
    println(s);
    println(s.to_str());
    s.push(33);
    println(b.len());
    println(b.slice(6, 6).len());
    println(b.slice(0, 6) == b);
    let a = Bytes::from_str("ab");
    a.extend(Bytes::from_str("cd"));
    println(a.to_str());
    a.extend(a);
    println(a.to_str());
    a.extend(Bytes::new());
    println(a.len());
    println(Str::from_utf8(b));
    let bad = Bytes::from_str("ab");
    bad.push(255);
    println(Str::from_utf8(bad));
    println(Str::from_utf8(Bytes::from_str("x€").slice(0, 3)));
    println(Str::from_utf8(Bytes::new()));
    println(Bytes::from_str("").is_empty());
}
