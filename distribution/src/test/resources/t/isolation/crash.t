// Kills its own JVM the first two times it runs (counting in args[0]), and ends well the third.
import std.fs;
import std.process;

fn main(args: Vec<Str>) {
    let count = args[0] + "/attempts";
    let n = if fs.exists(count) { fs.read_to_str(count).unwrap().len() } else { 0 };
    fs.write_str(count, fs.read_to_str(count).unwrap_or("") + "x").unwrap();
    if n < 2 {
        process.command("kill").arg("-9").arg("{process.pid()}").output().unwrap();
        sleep(5000);
    }
    println("attempt {n + 1} ran to its end");
}
