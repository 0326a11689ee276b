// Calls a plugin that runs in a process of its own: values, output, panics, and the plugin's own
// process, environment and statics. With args[0] = "serve": an HTTP service whose handlers call it.
import plug.api;
import plug.api.{Point, Shape};
import std.env;
import std.http;
import std.http.{Router, Request, Response};
import std.process;

fn main(args: Vec<Str>) {
    if !args.is_empty() && args[0] == "serve" {
        serve();
        return;
    }
    println("{api.add(2, 3)} {api.add(4, 5)} calls {api.calls_so_far()}");
    let p = api.moved(Point::new(1, 2), 10);
    println("moved {p.x},{p.y} sum {p.sum()}");
    println("lengths {api.length(Shape::Dot)} {api.length(Shape::Line(Point::new(0, 0), Point::new(3, 4)))}");
    let counts = api.counts(api.words("a b a c a"));
    println("a {counts.get("a").unwrap()} c {counts.get("c").unwrap()} of {counts.len()}");
    println("own process {api.pid() != process.pid()}");
    println("app HOME {env.get("HOME").is_some()} plug HOME {api.home().is_some()}");
    api.deep(0);
}

fn serve() {
    let router = Router::new()
        .get("/add/:n", add)
        .get("/crash", crash)
        .get("/quit", quit);
    match http.serve("127.0.0.1", 0, router) {
        Ok(server) => {
            println("listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("app: {e}"),
    }
}

fn add(req: Request) -> Response {
    let n = req.param("n").unwrap().parse_int().unwrap();
    let sum = api.add(n, 1);
    Response::text(200, "sum {sum} calls {api.calls_so_far()} pid {api.pid()}")
}

fn crash(req: Request) -> Response {
    Response::text(200, "crash gave {api.crash()}")
}

fn quit(req: Request) -> Response {
    process.exit(0);
    Response::text(200, "bye")
}
