// Comparisons with NaN used as conditions (if, while, &&, ||, !) agree with their values.
fn show(name: Str, c: Bool) {
    if c { println("{name}: yes") } else { println("{name}: no") }
}

fn main() {
    let nan = 0.0 / 0.0;
    let one = 1.0;
    show("nan < 1", nan < one);
    if nan < one { println("if <: taken") } else { println("if <: not taken") }
    if nan <= one { println("if <=: taken") } else { println("if <=: not taken") }
    if nan > one { println("if >: taken") } else { println("if >: not taken") }
    if nan >= one { println("if >=: taken") } else { println("if >=: not taken") }
    if nan == nan { println("if ==: taken") } else { println("if ==: not taken") }
    if nan != nan { println("if !=: taken") } else { println("if !=: not taken") }
    if !(nan < one) { println("if !<: taken") } else { println("if !<: not taken") }
    if nan < one || one < 2.0 { println("if || : taken") } else { println("if ||: not taken") }
    if one < 2.0 && nan >= one { println("if &&: taken") } else { println("if &&: not taken") }
    if !(nan > one && true) || false { println("if !&&: taken") } else { println("if !&&: not taken") }
    let mut n = 0;
    while n < 3 && !(nan == nan) { n += 1; }
    println(n);
    let mut i = 10;
    while i > 0 || nan > one { i -= 3; }
    println(i);
}
