pub fn broken() -> Int {
    "not an int"
}
