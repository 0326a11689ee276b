pub fn real() -> Int { 1 }
