// `.await` works on any Task inside an async fn, including one from spawn
async fn run() -> Int {
    let t = spawn(|| { sleep(5); 20 });
    let u = spawn(|| 22);
    t.await + u.await
}
fn main() { println(run().join()); }
