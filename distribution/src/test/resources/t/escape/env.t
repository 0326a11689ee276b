// No env granted: every variable reads as absent.
import std.env;

fn main() {
    let path = env.get("PATH");
    println("PATH: {path}");
    println("vars: {env.vars().len()}");
}
