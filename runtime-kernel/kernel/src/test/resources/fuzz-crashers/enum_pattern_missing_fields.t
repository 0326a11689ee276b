enum E { A(Int), B }
fn main() {
    let e = E::B;
    match e { E::A => {}, E::B => {} }
    match e { E::A | E::B => {} }
    let o = Some(1);
    match o { Some() => {}, None => {} }
}
