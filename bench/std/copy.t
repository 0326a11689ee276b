// Copies FROM to TO through std.fs streams, 64 KiB at a time; prints the bytes and "ms N" on stderr.
import std.fs;
import std.io;
import std.time;

fn main(args: Vec<Str>) {
    let start = time.now();
    let from = fs.open(args[0]).unwrap().reader();
    let to = fs.create(args[1]).unwrap();
    let out = to.writer();
    let mut total = 0;
    loop {
        let chunk = from.read(65536).unwrap();
        if chunk.len() == 0 { break; }
        total += chunk.len();
        out.write(chunk).unwrap();
    }
    to.close().unwrap();
    println(total);
    io.stderr().write_str("ms {start.elapsed_ms()}\n").unwrap();
}
