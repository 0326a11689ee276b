pub struct User { name: Str, age: Int }
pub fn find(name: Str) -> Option<User> {
    if name == "ann" { Some(User { name: name, age: 30 }) } else { None }
}
pub fn count() -> Int { 1 }
