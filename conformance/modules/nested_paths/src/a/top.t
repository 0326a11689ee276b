import a.b.c;
pub fn via() -> Str { "top -> " + c.where_am_i() }
