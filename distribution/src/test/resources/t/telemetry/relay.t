// TelemetryIT's relay: GET /outer asks this server's /inner with std.http's client and answers
// what /inner saw as its traceparent header, so a test sees the trace context go through both.
import std.http;
import std.http.{Router, Request, Response};

static mut base: Str = "";

fn outer(req: Request) -> Response {
    match http.get("{base}/inner") {
        Ok(r) => Response::text(200, r.body.to_str()),
        Err(e) => Response::text(502, "{e}"),
    }
}

fn inner(req: Request) -> Response {
    Response::text(200, req.header("traceparent").unwrap_or("none"))
}

fn main() {
    let router = Router::new().get("/outer", outer).get("/inner", inner);
    match http.serve("127.0.0.1", 0, router) {
        Ok(server) => {
            base = server.url();
            println("relay listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("relay: {e}"),
    }
}
