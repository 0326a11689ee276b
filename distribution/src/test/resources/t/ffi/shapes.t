// Structs by value and by pointer, an array out-parameter and a callback, against shapes.c.
#[repr(C)]
struct Point { x: c_double, y: c_double }

#[repr(C)]
struct Marker { id: c_int, at: Point, tag: c_char }

extern "@LIB@" {
    fn pt_norm2(p: Point) -> c_double;
    fn pt_add(a: Point, b: Point) -> Point;
    fn pt_scale(p: Ptr<Point>, k: c_double);
    fn pt_origin(present: c_int) -> Ptr<Point>;
    fn pt_squares(out: Vec<c_long>, n: c_int);
    fn pt_fold(xs: Vec<c_long>, n: c_int, f: fn(c_long, c_long) -> c_long, init: c_long) -> c_long;
    fn marker_touch(m: Ptr<Marker>) -> c_int;
    fn marker_size() -> c_size_t;
    fn pt_mix(c: c_char, s: c_short, ll: c_longlong, f: c_float) -> c_float;
    fn pt_each(xs: Vec<c_double>, n: c_int, f: fn(c_double));
}

fn main(args: Vec<Str>) {
    let p = Point { x: 3.0, y: 4.0 };
    println(pt_norm2(p));
    println(pt_add(p, Point { x: 0.5, y: 0.25 }));
    pt_scale(p, 2.0);
    println(p);
    println(pt_origin(1));
    let squares = Vec::with(6, 0);
    pt_squares(squares, 6);
    println(squares);
    let mut seen = 0;
    println(pt_fold(squares, 6, |acc, x| { seen += 1; acc + x }, 100));
    println(seen);
    let m = Marker { id: 40, at: Point { x: 2.0, y: 1.0 }, tag: 97 };
    println(marker_touch(m));
    println(m);
    println(marker_size());
    println(pt_mix(1, 2, 3, 0.5));
    let mut sum = 0.0;
    pt_each([0.25, 0.5, 1.0], 3, |x| { sum += x; });
    println(sum);
    if args.len() > 0 && args[0] == "null" {
        println(pt_origin(0));
    }
}
