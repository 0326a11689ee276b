pub fn greet(name: Str) -> Str { "hi " + name }
