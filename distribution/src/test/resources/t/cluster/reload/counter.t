// The module every member's program runs; ClusterIT edits it and reloads it on the whole cluster.
static mut hits: Int = 0;

pub fn version() -> Str { "v1" }

pub fn hit() -> Int {
    hits += 1;
    hits
}

/// Used only by the program of one member (client.t).
pub fn legacy() -> Int { hits }
