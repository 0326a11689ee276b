module app.people;
pub fn f() -> Int { 1 }
