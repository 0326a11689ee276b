// A server with one slow request: a drain lets it finish while new connections are refused.
import std.http;
import std.http.{Router, Request, Response};

fn slow(req: Request) -> Response {
    println("slow: started");
    sleep(3000);
    Response::text(200, "slow: done\n")
}

fn main() {
    let router = Router::new().get("/slow", slow);
    match http.serve("127.0.0.1", 0, router) {
        Ok(server) => {
            println("listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("slow: {e}"),
    }
}
