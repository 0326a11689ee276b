// pins: a value of a type with a method `iter(self) -> Vec<T>` is iterable: `for` calls it once,
// when the loop begins, and goes over the Vec it gives (as for Map and Set, changing the value
// in the body does not change the loop)
struct Countdown { from: Int }
impl Countdown {
    fn iter(self) -> Vec<Int> {
        println("iter from {self.from}");
        let v = [];
        let mut i = self.from;
        while i > 0 { v.push(i); i -= 1; }
        v
    }
}

struct Pairs<K, V> { keys: Vec<K>, values: Vec<V> }
impl<K, V> Pairs<K, V> {
    fn iter(self) -> Vec<(K, V)> {
        let out = [];
        for i in 0..self.keys.len() { out.push((self.keys[i], self.values[i])); }
        out
    }
}

fn main() {
    let c = Countdown { from: 3 };
    for n in c {
        c.from = 10;
        println(n);
    }
    let mut sum = 0;
    let d = Countdown { from: 4 };
    for n in d {
        if n == 2 { continue; }
        sum += n;
    }
    println(sum);
    let p = Pairs { keys: ["a", "b"], values: [1, 2] };
    for (k, v) in p { println("{k}={v}"); }
    let f = || { for (k, _) in p { if k == "b" { return k; } } "none" };
    println(f());
}
