// A module only one member's program imports: it uses counter.legacy, so a version of counter
// without it does not fit that member.
import counter;

pub fn total() -> Int { counter.legacy() }
