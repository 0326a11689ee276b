fn main() {
    println([1, 2, 3]);
    let e: Vec<Int> = [];
    println(e);
    println(["a": 1, "b": 2]);
    let em: Map<Str, Int> = [:];
    println(em);
    println([[1], [2, 3]]);
    println([1: [true], 2: []]);
    println([(1, "x")]);
    println([Some(1), None]);
    println([1.0, 2.5]);
}
