const LIMIT: Int = 1_000;
const HALF: Float = LIMIT as Float / 2.0;
static mut hits: Int = 0;

fn add(a: Int, b: Int) -> Int { a + b }

fn classify(n: Int) -> Str {
    if n < 0 { "neg" } else if n == 0 { "zero" } else { "pos" }
}

fn main(args: Vec<Str>) {
    let x = 41;
    let mut y = x + 1;
    y += 1;
    println("x = {x + 1}, y = {y}, {{braces}}");
    println(HALF);
    println(1.0);
    println(0.1 + 0.2);
    println(1e21);
    println(0.0 / 0.0);
    println(1.0 / 0.0);
    println(-7);
    println(true && !false);
    println(7 / 2);
    println(-7 / 2);
    println(-7 % 2);
    println(0xff | 0b1010);
    println(1 << 10);
    println(3.9 as Int);
    println(-3.9 as Int);
    println(10 as Float);
    println(classify(-5) + classify(0) + classify(5));
    let mut i = 0;
    let mut total = 0;
    while i < 10 { i += 1; if i % 2 == 0 { continue; } total += i; }
    println(total);
    let r = loop { i -= 1; if i < 3 { break i * 100; } };
    println(r);
    hits = hits + 1;
    hits += 1;
    println("hits {hits}");
    println(args.len());
    for a in args { println(a); }
    let mut v: Vec<Str> = Vec::new();
    v.push("z");
    println(v[0]);
    println(v);
    println(r"raw {x} \n");
    println("tab\there \u{1F600} \"q\"");
    let block = { let t = 5; t * t };
    println(block);
    println(add(2, 3));
    println((-5).abs());
    println(2.pow(10));
    println(3.min(4));
    println((2.0).sqrt());
    println((0.5).fixed(3));
    println("hello".len());
    println("a,b,c".split(","));
    println("Hello".to_upper());
    println(" x ".trim());
    println("abc".contains("b"));
    println("42".parse_int());
    println("x".parse_int());
    println("ab".repeat(3));
    println("7".pad_left(3, "0"));
    println(1.5e-7);
    println(123456789.125);
    println(100.0);
    println(());
    println((1, "x"));
}
