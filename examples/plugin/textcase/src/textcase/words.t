/// `name` in capitals, with a bang.
pub fn shout(name: Str) -> Str { "{name.to_upper()}!" }

test fn shouts() { assert_eq(shout("ada"), "ADA!"); }
