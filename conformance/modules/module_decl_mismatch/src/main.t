import app.users;
fn main() { println(users.f()); }
