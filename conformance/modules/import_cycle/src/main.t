// within a package, imports may form a cycle
import ping;
fn main() {
    println(ping.ping(3));
    println(ping.ping(4));
}
