pub fn visible() -> Int { helper() }
fn helper() -> Int { 1 }
