// private items are usable inside their own module and through the pub items that use them
import lib.{Config, default_config, PUBLIC_LIMIT};
fn main() {
    let c: Config = default_config();
    println(c);
    println(PUBLIC_LIMIT);
}
