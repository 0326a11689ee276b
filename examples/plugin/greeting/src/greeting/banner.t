import textcase.words;

/// The line a service shows on its health page.
pub fn banner(service: Str) -> Str { "hello from {words.shout(service)}" }

test fn banners() { assert_eq(banner("counters"), "hello from COUNTERS!"); }
