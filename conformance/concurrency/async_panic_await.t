async fn fail() -> Int { panic("async failure") }
async fn outer() -> Int { fail().await + 1 }
fn main() {
    println(outer().join());
}
