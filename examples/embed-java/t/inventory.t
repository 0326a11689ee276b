pub struct Item { name: Str, price: Float, count: Int }

pub fn total(items: Vec<Item>) -> Float {
    items.fold(0.0, |sum, item| sum + item.price * (item.count as Float))
}

pub fn restock(item: Item, more: Int) -> Item {
    Item { name: item.name, price: item.price, count: item.count + more }
}

pub fn cheapest(items: Vec<Item>) -> Option<Str> {
    let mut best: Option<Item> = None;
    for item in items {
        best = match best {
            Some(b) if b.price <= item.price => Some(b),
            _ => Some(item),
        };
    }
    best.map(|b| b.name)
}

pub fn take(item: Item, n: Int) -> Item {
    if n > item.count { panic("only {item.count} of {item.name} left, {n} wanted") }
    Item { name: item.name, price: item.price, count: item.count - n }
}
