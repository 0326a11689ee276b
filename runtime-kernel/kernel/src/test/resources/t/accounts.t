struct Account { owner: Str, balance: Int }
fn transfer(from: Account, to: Account, amount: Int) -> Result<(), Str> {
    if from.balance < amount { return Err("insufficient funds in {from.owner}'s account"); }
    from.balance -= amount;
    to.balance += amount;
    Ok(())
}
fn main() {
    let a = Account { owner: "ann", balance: 100 };
    let b = Account { owner: "bob", balance: 5 };
    println(transfer(a, b, 30));
    println(transfer(b, a, 100));
    println("{a.balance} {b.balance}");
    let accounts = [a, b];
    let total = accounts.fold(0, |s, acc| s + acc.balance);
    println(total);
    let rich = accounts.filter(|acc| acc.balance > 50).map(|acc| acc.owner);
    println(rich);
    let mut sorted = accounts.slice(0, 2);
    sorted.sort_by(|x, y| x.balance - y.balance);
    println(sorted.map(|x| x.owner).join(","));
}
