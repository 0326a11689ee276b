// A plugin the profile runs in a process of its own ([sandbox.plug] isolation = "process").
import std.env;
import std.process;

pub struct Point { x: Int, y: Int }

pub enum Shape { Dot, Line(Point, Point) }

static mut calls: Int = 0;

pub fn add(a: Int, b: Int) -> Int {
    calls = calls + 1;
    a + b
}

pub fn calls_so_far() -> Int { calls }

pub fn moved(p: Point, by: Int) -> Point {
    println("plug moves {p.x}");
    Point { x: p.x + by, y: p.y + by }
}

pub fn length(s: Shape) -> Option<Int> {
    match s {
        Shape::Dot => None,
        Shape::Line(a, b) => Some((b.x - a.x).abs() + (b.y - a.y).abs()),
    }
}

pub fn home() -> Option<Str> { env.get("HOME") }

pub fn pid() -> Int { process.pid() }

pub fn words(s: Str) -> Vec<Str> { s.split(" ") }

pub fn counts(words: Vec<Str>) -> Map<Str, Int> {
    let m = Map::new();
    for w in words { m[w] = m.get(w).unwrap_or(0) + 1; }
    m
}

pub fn deep(n: Int) -> Int {
    if n > 2 { panic("too deep: {n}"); }
    deep(n + 1)
}

/// Kills the JVM it runs in, as a crash would.
pub fn crash() -> Int {
    process.command("kill").arg("-9").arg("{process.pid()}").output().unwrap();
    sleep(5000);
    0
}

impl Point {
    pub fn new(x: Int, y: Int) -> Point { Point { x: x, y: y } }
    pub fn sum(self) -> Int { self.x + self.y }
}
