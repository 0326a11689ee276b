fn int_name(n: Int) -> Str { match n { 0 => "zero", 1 => "one", _ => "other" } }
fn str_kind(s: Str) -> Int { match s { "a" => 1, "bb" => 2, "" => 3, _ => 0 } }
fn bool_name(b: Bool) -> Str { match b { true => "yes", false => "no" } }
fn main() {
    println(int_name(0));
    println(int_name(1));
    println(int_name(9));
    println(str_kind("a"));
    println(str_kind("bb"));
    println(str_kind(""));
    println(str_kind("zz"));
    println(bool_name(true));
    println(bool_name(false));
}
