import ping;
pub fn pong(n: Int) -> Str { if n == 0 { "pong" } else { ping.ping(n - 1) } }
