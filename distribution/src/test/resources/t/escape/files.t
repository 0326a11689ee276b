// Granted: fs.read of this folder (args[0]) only. Out through `..`, and any write.
import std.fs;

fn main(args: Vec<Str>) {
    let dir = args[0];
    match fs.read_to_str(dir + "/../limits/fib.t") { Ok(_) => println("read outside: ESCAPED"), Err(e) => println("read outside: {e}") }
    match fs.write_str(dir + "/planted.txt", "x") { Ok(_) => println("write: ESCAPED"), Err(e) => println("write: {e}") }
    match fs.read_to_str(dir + "/files.t") { Ok(t) => println("read inside: {t.len() > 0}"), Err(e) => println("read inside: {e}") }
}
