import lib.words;

fn main(args: Vec<Str>) {
    println("{words.shout("hello")} args {args}");
}
