// `./tlang test examples/tested` runs the test fns below.
pub fn gcd(a: Int, b: Int) -> Int {
    if b == 0 { a } else { gcd(b, a % b) }
}

test fn gcd_of_coprimes_is_one() {
    assert_eq(gcd(17, 5), 1);
}

test fn gcd_divides_both() {
    let g = gcd(84, 36);
    assert_eq(g, 12);
    assert(84 % g == 0 && 36 % g == 0, "gcd must divide both");
}
