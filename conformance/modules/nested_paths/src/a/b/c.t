module a.b.c;
pub fn where_am_i() -> Str { "a.b.c" }
