import app.users as u;
fn main() {
    println(u.greet("t"));
}
