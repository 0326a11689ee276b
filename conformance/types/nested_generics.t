fn main() {
    let grid: Vec<Vec<Int>> = [[1, 2], [3], []];
    println(grid);
    println(grid[0][1]);
    let index: Map<Str, Vec<Int>> = Map::new();
    index.insert("odd", [1, 3]);
    index.insert("even", [2]);
    println(index);
    let oo: Option<Option<Int>> = Some(None);
    println(oo);
    let r: Result<Vec<Str>, Str> = Ok(["a"]);
    println(r);
    let pairs: Vec<(Str, Int)> = [("a", 1), ("b", 2)];
    println(pairs);
}
