import app.users;
fn main() {
    println(users.find(1));
    println(users.find(-1));
}
