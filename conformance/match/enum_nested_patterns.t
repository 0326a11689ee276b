enum Expr { Num(Int), Add(Expr, Expr), Mul(Expr, Expr), Neg(Expr) }
fn eval(e: Expr) -> Int {
    match e {
        Expr::Num(n) => n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(Expr::Num(0), _) => 0,
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(Expr::Neg(inner)) => eval(inner),
        Expr::Neg(x) => -eval(x),
    }
}
fn main() {
    let e = Expr::Add(Expr::Num(2), Expr::Mul(Expr::Num(3), Expr::Neg(Expr::Num(4))));
    println(eval(e));
    println(eval(Expr::Neg(Expr::Neg(Expr::Num(5)))));
    println(eval(Expr::Mul(Expr::Num(0), Expr::Num(99))));
    println(e);
}
