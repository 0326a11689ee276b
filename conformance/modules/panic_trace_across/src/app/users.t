pub fn find(id: Int) -> Str {
    if id < 0 {
        panic("bad id {id}");
    }
    "user{id}"
}
