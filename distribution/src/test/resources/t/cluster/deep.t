// A module only the driver's program imports, which imports another (extra): a worker asked to
// run it fetches both sources from the cluster by content hash.
import extra;

pub fn cube_plus_one(n: Int) -> Int { extra.cube(n) + 1 }
