struct Hidden { x: Int }
pub fn make() -> Int { 1 }
