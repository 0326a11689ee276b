// The program ./tlang runs to train the JDK AOT cache after a build: a start, a function called
// often enough to be compiled, and a loop long enough for on-stack replacement, so the classes of
// the JIT's first compile are loaded ahead of time too.
fn square(x: Int) -> Int {
    x * x
}

fn main() {
    let mut sum = 0;
    let mut i = 0;
    while i < 3000000 {
        sum += square(i % 100);
        i += 1;
    }
    println("trained {sum}");
}
