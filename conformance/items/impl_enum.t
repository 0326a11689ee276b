enum Op { Add, Sub, Neg }
impl Op {
    fn arity(self) -> Int {
        match self { Op::Neg => 1, _ => 2 }
    }
    fn parse(s: Str) -> Option<Op> {
        match s { "+" => Some(Op::Add), "-" => Some(Op::Sub), "~" => Some(Op::Neg), _ => None }
    }
}
fn main() {
    println(Op::Add.arity());
    println(Op::Neg.arity());
    println(Op::parse("-"));
    println(Op::parse("?"));
}
