struct P { x: Int }
fn main() {
    let ps = [P { x: 1 }, P { x: 2 }];
    ps[0].x = 10;
    ps[1].x += 5;
    println(ps);
    let m = ["k": [1]];
    m["k"].push(2);
    m["k"][0] = 100;
    println(m);
    let grid = [[0, 0], [0, 0]];
    grid[1][0] = 7;
    grid[0][1] += 3;
    println(grid);
}
