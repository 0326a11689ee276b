pub fn double(x: Int) -> Int { x * 2 }
pub const TEN: Int = 10;
