// pins: filter, fold, any and all go over a Vec as it was when they began, whatever the function
// pushes on it meanwhile (as `for` over a Map or Set takes its items at once); the contract is silent
fn main() {
    let v = [1, 2, 3];
    let kept = v.filter(|x| { v.push(x * 10); x > 1 });
    println(kept);
    println(v);
    let w = [1.5, 2.5];
    println(w.fold(0.0, |a, x| { w.push(x); a + x }));
    println(w.len());
    let b = [true, false];
    println(b.any(|x| { b.push(true); !x }));
    println(b.all(|x| { b.push(false); x }));
    println(b.len());
    let s = ["a", "b"];
    println(s.fold("", |acc, x| { s.push(x); acc + x }));
    println(s);
    let e: Vec<Int> = [];
    println("{e.filter(|x| x > 0)} {e.fold(7, |a, x| a + x)} {e.any(|x| x > 0)} {e.all(|x| x > 0)}");
}
