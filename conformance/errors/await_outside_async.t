async fn get() -> Int { 1 }
fn main() {
    let v = get().await;
    println(v);
}
