// Where an isolated program finds itself: no environment, a folder of its own, no network but loopback.
import std.env;
import std.fs;

fn main() {
    println("vars {env.vars().len()}");
    println("cwd {env.cwd()}");
    match fs.read_to_str("/proc/net/dev") {
        Ok(t) => { let lines = t.split("\n"); println("interfaces {lines.len() - 3}"); },
        Err(e) => println("interfaces: {e}"),
    }
}
