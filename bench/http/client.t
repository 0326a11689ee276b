// The T side of bench/http-rt.sh part (b): `client.t URL TASKS N WARM` makes WARM GETs of URL untimed,
// then N shared by TASKS tasks (one: a plain loop in main, else spawned), each checked for 200 and
// "hello\n". Prints the requests that were right, and "ms N" (the N timed ones) on stderr.
import std.http;
import std.io;
import std.time;

fn gets(url: Str, n: Int) -> Int {
    let mut ok = 0;
    for _ in 0..n {
        let res = http.get(url).unwrap();
        if res.status == 200 && res.text() == "hello\n" { ok += 1; }
    }
    ok
}

fn run(url: Str, tasks: Int, n: Int) -> Int {
    if tasks == 1 { return gets(url, n); }
    let workers: Vec<Task<Int>> = [];
    for i in 0..tasks {
        let mine = n / tasks + (if i < n % tasks { 1 } else { 0 });
        workers.push(spawn(|| gets(url, mine)));
    }
    workers.map(|t| t.join()).fold(0, |a, b| a + b)
}

fn main(args: Vec<Str>) {
    let url = args[0];
    let tasks = args[1].parse_int().unwrap();
    let n = args[2].parse_int().unwrap();
    run(url, tasks, args[3].parse_int().unwrap());
    let start = time.now();
    let ok = run(url, tasks, n);
    let ms = start.elapsed_ms();
    println(ok);
    io.stderr().write_str("ms {ms}\n").unwrap();
}
