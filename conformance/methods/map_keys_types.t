fn main() {
    let byInt = [3: "three", 1: "one"];
    println(byInt[3]);
    let byTuple = Map::new();
    byTuple.insert((1, 2), "pair");
    println(byTuple.get((1, 2)));
    let byBool = [true: 1, false: 0];
    println(byBool[false]);
    let counts = Map::new();
    for w in ["a", "b", "a", "c", "a"] {
        counts[w] = counts.get(w).unwrap_or(0) + 1;
    }
    println(counts);
}
