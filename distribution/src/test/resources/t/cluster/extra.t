// A module only the driver's program imports: a worker that is asked to run it fetches its source
// from the cluster by content hash and compiles it.
pub fn cube(n: Int) -> Int { n * n * n }
