// The first program: `./tlang run examples/hello.t`
fn main() {
    let name = "T";
    println("Hello from {name}!");
}
