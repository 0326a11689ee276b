import std.fs;
pub fn read(path: Str) -> Str {
    match fs.read_to_str(path) { Ok(s) => s, Err(e) => "denied: {e}" }
}
