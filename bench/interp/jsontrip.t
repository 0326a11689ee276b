// A JSON round trip: records encoded to JSON text with std.json, the text decoded and every
// record read back from the Json value.
import std.json;
import std.json.{Json};

struct Item { id: Int, name: Str, tags: Vec<Str>, score: Int, active: Bool }

fn items(n: Int, round: Int) -> Vec<Item> {
    let v = Vec::new();
    for i in 0..n {
        let k = i + round;
        v.push(Item { id: k, name: "item-{k}", tags: ["t{k % 7}", "g{k % 3}"], score: k * 31 % 1000, active: k % 2 == 0 });
    }
    v
}

fn int_of(j: Json, key: Str) -> Int {
    match j.get(key) { Some(Json::Int(n)) => n, _ => panic("no Int {key}") }
}

// The checksum of one round: the text's length and what the decoded records add up to.
fn round_trip(n: Int, round: Int) -> Int {
    let text = json.encode(items(n, round));
    let doc = json.decode(text).unwrap();
    let mut sum = text.len();
    for r in doc.as_vec().unwrap() {
        sum += int_of(r, "id") + int_of(r, "score");
        match r.get("name") { Some(Json::Str(s)) => sum += s.len(), _ => panic("no name") }
        match r.get("tags") { Some(Json::Arr(ts)) => sum += ts.len(), _ => panic("no tags") }
        match r.get("active") { Some(Json::Bool(true)) => sum += 1, _ => {} }
    }
    sum
}

fn run(rounds: Int) -> Int {
    let mut total = 0;
    for round in 0..rounds { total += round_trip(1000, round); }
    total
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let r = run(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(r); }
    }
}
