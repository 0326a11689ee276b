import app.users.{User, find};
fn main() {
    let u: Option<User> = find("ann");
    println(u);
    println(find("bob"));
    let made = User { name: "cy", age: 5 };
    println(made.age);
}
