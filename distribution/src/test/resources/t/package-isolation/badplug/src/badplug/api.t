pub fn twice(f: fn(Int) -> Int, x: Int) -> Int { f(f(x)) }
