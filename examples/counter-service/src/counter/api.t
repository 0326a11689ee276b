// Request handlers of the counter service, and its state.
import std.http.{Request, Response};
import std.json;
import std.sync.{Lock};

/// Which version of this module answers (a header and a field of every reply).
pub const VERSION: Str = "1";

/// Counter name -> count. Module state: a hot reload of this module keeps it.
static mut counts: Map<Str, Int> = Map::new();

/// Requests run concurrently, each on its own virtual thread: every read and change of `counts`
/// holds this lock, so no increment is ever lost and no reader sees the map mid-change.
static guard: Lock = Lock::new();

struct Count { name: Str, count: Int, version: Str }

// Each handler reads VERSION once and answers with that value in both the header and the body,
// so a reply never mixes two versions even when a reload switches in the middle of a request.

/// POST /count/:name: adds one, answers the new count.
pub fn increment(req: Request) -> Response {
    let version = VERSION;
    let name = req.param("name").unwrap();
    let n = guard.with(|| {
        let n = counts.get(name).unwrap_or(0) + 1;
        counts[name] = n;
        n
    });
    reply(Count { name: name, count: n, version: version })
}

/// GET /count/:name: the count, 0 for a counter never incremented.
pub fn read(req: Request) -> Response {
    let version = VERSION;
    let name = req.param("name").unwrap();
    let n = guard.with(|| counts.get(name).unwrap_or(0));
    reply(Count { name: name, count: n, version: version })
}

/// GET /counts: every counter, as a JSON object in the order they were first incremented.
pub fn all(req: Request) -> Response {
    let version = VERSION;
    let body = guard.with(|| json.encode(counts));
    Response::json(200, body).header("x-counter-version", version)
}

/// Every counter as `all` gives them, for the shutdown hook.
pub fn summary() -> Str {
    guard.with(|| json.encode(counts))
}

/// GET /health
pub fn health(req: Request) -> Response {
    Response::text(200, "ok\n").header("x-counter-version", VERSION)
}

/// Traced: with a [telemetry] profile each reply is a span, a child of its request's.
#[trace]
fn reply(c: Count) -> Response {
    Response::json(200, json.encode(c)).header("x-counter-version", c.version)
}
