// There is no way to name a Java class: an import of one is an unknown module.
import java.lang.Runtime;

fn main() { println("ESCAPED"); }
