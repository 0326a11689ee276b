// The T side of bench/http-rt.sh part (a): GET /hello answered 200 "hello\n" through a Router, on a
// free loopback port (prints "listening URL"); serves until it is killed.
import std.http;
import std.http.{Request, Response, Router};

fn hello(req: Request) -> Response {
    Response::text(200, "hello\n")
}

fn main() {
    let server = http.serve("127.0.0.1", 0, Router::new().get("/hello", hello)).unwrap();
    println("listening {server.url()}");
    server.wait();
}
