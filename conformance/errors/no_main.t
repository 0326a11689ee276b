// pins: running a module without `fn main` fails with status 1 and a message naming `main`
fn helper() -> Int { 1 }
