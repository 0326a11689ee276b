pub fn shout(s: Str) -> Str { s.to_upper() + "!" }
