// The workload of bench/subsystems.sh: an HTTP service whose every request opens a file, reads it
// through the runtime's I/O driver and allocator (a 64 KiB off-heap buffer per open), and answers
// its length and first line. GET /file/:n reads DIR/n.txt.
//   ./tlang run bench/subsystems/files.t PORT DIR
import std.fs;
import std.http;
import std.http.{Request, Response, Router};

static mut dir: Str = ".";

fn file(req: Request) -> Response {
    let path = "{dir}/{req.param("n").unwrap()}.txt";
    match fs.open(path) {
        Ok(f) => {
            let text = f.reader().read_to_str().unwrap();
            f.close().unwrap();
            Response::text(200, "{text.len()} {text.split("\n").get(0).unwrap_or("")}\n")
        }
        Err(e) => Response::text(404, "{e}\n"),
    }
}

fn main(args: Vec<Str>) {
    dir = args[1];
    match http.serve("127.0.0.1", args[0].parse_int().unwrap(), Router::new().get("/file/:n", file)) {
        Ok(server) => {
            println("files listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("files: {e}"),
    }
}
