// Tries to write outside its folder and its grant, in its folder, and in the folder it may write (args[0]).
import std.process;

fn touch(path: Str) -> Bool {
    match process.command("touch").arg(path).output() { Ok(o) => o.status == 0, Err(e) => false }
}

fn main(args: Vec<Str>) {
    println("outside {touch("/usr/tlang-isolation-probe")}");
    println("own folder {touch("own-file")}");
    println("granted {touch(args[0] + "/granted-file")}");
}
