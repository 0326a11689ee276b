// A key-value store over HTTP that keeps its data in one JSON file, rewritten with
// fs.write_atomic on every change: a restart, even after `kill -9` in the middle of a write,
// finds the last complete version, never a torn file. Changes go out on a WebSocket feed
// (`/feed`: one text message `KEY=VALUE` per change) and, if a webhook URL is given, are POSTed
// there as JSON with the HTTP client.
//   ./tlang run examples/kv-store/src/main.t [PORT] [DATA_FILE] [WEBHOOK_URL]
//   curl -X PUT --data-binary v1 localhost:PORT/kv/a ; curl localhost:PORT/kv/a ; curl localhost:PORT/kv
import std.http;
import std.http.{Request, Response, Router, WebSocket};
import std.json;
import std.json.{Json};
import std.fs;
import std.log;
import std.sync.{Lock};

static mut data: Map<Str, Str> = Map::new();
static mut file: Str = "kv.json";
static guard: Lock = Lock::new();
/// The open change feeds, by a number of their own (guarded by `guard` too).
static mut feeds: Map<Int, WebSocket> = Map::new();
static mut next_feed: Int = 0;
static mut webhook: Str = "";

/// The data file's content, or nothing if there is none yet; a file that does not parse stops the start.
fn load(path: Str) -> Map<Str, Str> {
    let mut out = Map::new();
    if !fs.exists(path) { return out; }
    let text = fs.read_to_str(path).unwrap();
    let doc = match json.decode(text) {
        Ok(d) => d,
        Err(e) => panic("{path} is not JSON: {e}"),
    };
    let members = doc.as_map().unwrap_or(Map::new());
    for key in members.keys() {
        out[key] = members.get(key).unwrap().as_str().unwrap_or("");
    }
    out
}

fn put(req: Request) -> Response {
    let key = req.param("key").unwrap();
    let value = req.text();
    guard.with(|| {
        data[key] = value;
        match fs.write_atomic(file, json.encode(data).bytes()) {
            Ok(()) => {
                log.info_kv("stored", fields(key, value.len()));
                announce(key, value);
                Response::text(200, "ok\n")
            },
            Err(e) => {
                log.error("could not store {key}: {e.message()}");
                Response::text(500, "{e.message()}\n")
            },
        }
    })
}

/// Tells every feed of the change (a feed that went away is dropped) and POSTs it to the webhook.
fn announce(key: Str, value: Str) {
    for id in feeds.keys() {
        if feeds.get(id).unwrap().send("{key}={value}").is_err() { feeds.remove(id); }
    }
    if !webhook.is_empty() {
        let mut change = Map::new();
        change.insert("key", key);
        change.insert("value", value);
        match http.post(webhook, "application/json", json.encode(change).bytes()) {
            Ok(r) => if r.status >= 300 { log.warn("webhook answered {r.status}"); },
            Err(e) => log.warn("webhook failed: {e.message()}"),
        }
    }
}

/// A change feed: registered until the peer closes it.
fn feed(ws: WebSocket) {
    let id = guard.with(|| {
        next_feed += 1;
        feeds[next_feed] = ws;
        next_feed
    });
    loop {
        match ws.recv() {
            Ok(Some(_)) => {},
            _ => break,
        }
    }
    guard.with(|| { feeds.remove(id); });
}

fn fields(key: Str, size: Int) -> Map<Str, Str> {
    let mut m = Map::new();
    m.insert("key", key);
    m.insert("bytes", "{size}");
    m
}

fn get(req: Request) -> Response {
    let key = req.param("key").unwrap();
    match guard.with(|| data.get(key)) {
        Some(v) => Response::text(200, v),
        None => Response::text(404, "no key {key}\n"),
    }
}

fn all(req: Request) -> Response { Response::json(200, guard.with(|| json.encode(data))) }

fn main(args: Vec<Str>) {
    let port = if args.len() > 0 { args[0].parse_int().unwrap_or(8090) } else { 8090 };
    if args.len() > 1 { file = args[1]; }
    if args.len() > 2 { webhook = args[2]; }
    data = load(file);
    log.info("loaded {data.len()} keys from {file}");
    let router = Router::new().put("/kv/:key", put).get("/kv/:key", get).get("/kv", all).ws("/feed", feed);
    match http.serve("127.0.0.1", port, router) {
        Ok(server) => {
            println("kv-store listening on {server.url()}");
            server.wait();
        },
        Err(e) => panic("kv-store: {e}"),
    }
}
