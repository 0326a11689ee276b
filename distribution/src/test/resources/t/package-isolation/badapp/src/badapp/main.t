import badplug.api;

fn main() {
    println("{api.twice(|x| x + 1, 1)}");
}
