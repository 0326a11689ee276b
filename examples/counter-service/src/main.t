// The counter service: named counters over HTTP, bound to 127.0.0.1.
//   ./tlang run examples/counter-service/src/main.t [PORT]     (PORT 0: any free port)
import std.http;
import std.process;
import std.http.{Router};
import counter.api;

fn main(args: Vec<Str>) {
    let port = if args.is_empty() { 8080 } else {
        match args[0].parse_int() {
            Some(p) => p,
            None => panic("usage: main.t [PORT]; `{args[0]}` is not a port"),
        }
    };
    // Handlers are named functions: a reload of counter.api changes what every later request runs.
    let router = Router::new()
        .post("/count/:name", api.increment)
        .get("/count/:name", api.read)
        .get("/counts", api.all)
        .get("/health", api.health);
    // SIGTERM or SIGINT drains the service: the listener closes, requests in flight are answered,
    // then this hook runs, and the process exits 0
    process.on_shutdown(|| println("counter-service stopped; counts {api.summary()}"));
    match http.serve("127.0.0.1", port, router) {
        Ok(server) => {
            println("counter-service {api.VERSION} listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("counter-service: {e}"),
    }
}
