// Without process: denied. With process granted but not env: the child inherits no variable.
import std.process;

fn main() {
    match process.command("sh").arg("-c").arg("echo HOME=[$HOME]").output() { Ok(o) => print("sh: {o.stdout}"), Err(e) => println("sh: {e}") }
}
