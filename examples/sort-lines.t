// Reads lines on stdin, sorts them with the system's `sort` (a child process), and prints them
// numbered, with the count on stderr:  printf 'b\na\n' | ./tlang run examples/sort-lines.t
import std.io;
import std.process;

fn main() {
    let lines = io.stdin().lines().unwrap();
    let sort = process.command("sort").spawn().unwrap();
    let input = sort.writer();
    for line in lines { input.write_str("{line}\n").unwrap(); }
    let status = sort.wait().unwrap();
    if status != 0 {
        io.stderr().write_str("sort failed with status {status}\n").unwrap();
        return;
    }
    let sorted = sort.reader().lines().unwrap();
    let mut n = 1;
    for line in sorted {
        println("{n}. {line}");
        n += 1;
    }
    io.stderr().write_str("{sorted.len()} lines\n").unwrap();
}
