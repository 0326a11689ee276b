// pins: a method frame is named MODULE.TYPE::METHOD; a method call is located at the method name (as Rust track_caller does)
struct Account { balance: Int }
impl Account {
    fn withdraw(self, n: Int) {
        if n > self.balance { panic("insufficient funds"); }
        self.balance -= n;
    }
}
fn main() {
    let a = Account { balance: 10 };
    a.withdraw(3);
    println(a.balance);
    a.withdraw(30);
}
