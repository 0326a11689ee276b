static mut count: Int = 0;
pub fn bump() -> Int { count += 1; count }
pub fn get() -> Int { count }
