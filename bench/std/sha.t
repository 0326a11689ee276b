// sha256 of FILE (read whole with fs.read); prints the hex digest and "ms N" on stderr.
import std.fs;
import std.io;
import std.time;
import std.crypto;
import std.encoding;

fn main(args: Vec<Str>) {
    let start = time.now();
    let data = fs.read(args[0]).unwrap();
    println(encoding.hex(crypto.sha256(data)));
    io.stderr().write_str("ms {start.elapsed_ms()}\n").unwrap();
}
