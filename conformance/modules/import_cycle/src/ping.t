import pong;
pub fn ping(n: Int) -> Str { if n == 0 { "ping" } else { pong.pong(n - 1) } }
