enum Token { Num(Int), Plus, Minus, Times, LParen, RParen }
fn lex(s: Str) -> Result<Vec<Token>, Str> {
    let mut out: Vec<Token> = [];
    let cs = s.chars();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == " " { i += 1; continue; }
        if c == "+" { out.push(Token::Plus); }
        else if c == "-" { out.push(Token::Minus); }
        else if c == "*" { out.push(Token::Times); }
        else if c == "(" { out.push(Token::LParen); }
        else if c == ")" { out.push(Token::RParen); }
        else {
            let mut n = 0;
            let mut any = false;
            while i < cs.len() {
                match cs[i].parse_int() {
                    Some(d) => { n = n * 10 + d; any = true; i += 1; }
                    None => break,
                }
            }
            if !any { return Err("bad char {c} at {i}"); }
            out.push(Token::Num(n));
            continue;
        }
        i += 1;
    }
    Ok(out)
}
struct Parser { toks: Vec<Token>, pos: Int }
impl Parser {
    fn peek(self) -> Option<Token> { self.toks.get(self.pos) }
    fn expr(self) -> Int {
        let mut v = self.term();
        loop {
            match self.peek() {
                Some(Token::Plus) => { self.pos += 1; v += self.term(); }
                Some(Token::Minus) => { self.pos += 1; v -= self.term(); }
                _ => return v,
            }
        }
    }
    fn term(self) -> Int {
        let mut v = self.atom();
        while self.peek() == Some(Token::Times) { self.pos += 1; v *= self.atom(); }
        v
    }
    fn atom(self) -> Int {
        let t = self.peek();
        self.pos += 1;
        match t {
            Some(Token::Num(n)) => n,
            Some(Token::LParen) => { let v = self.expr(); self.pos += 1; v }
            Some(Token::Minus) => -self.atom(),
            _ => panic("unexpected token"),
        }
    }
}
fn eval(s: Str) -> Result<Int, Str> {
    let toks = lex(s)?;
    let p = Parser { toks, pos: 0 };
    Ok(p.expr())
}
fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 5)", "7 $ 2"] {
        match eval(src) {
            Ok(v) => println("{src} = {v}"),
            Err(e) => println("error: {e}"),
        }
    }
}