pub struct Config { name: Str }
pub fn default_config() -> Config { Config { name: secret_name() } }
fn secret_name() -> Str { "cfg" }
const PRIVATE_LIMIT: Int = 3;
pub const PUBLIC_LIMIT: Int = PRIVATE_LIMIT * 2;
