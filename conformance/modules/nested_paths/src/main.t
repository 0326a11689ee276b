module main;
import a.top;
import a.b.c.{where_am_i};
fn main() {
    println(top.via());
    println(where_am_i());
}
