pub fn oops() -> Int { "not an int" }
