// The workload of bench/collectors.sh: an HTTP service whose every request opens a file and reads it
// (a 64 KiB off-heap buffer per open). GET /close/:n closes the file before answering; GET /drop/:n
// answers and leaves it to the collector (region and refcount close it as the handler's task ends,
// cleaner once a GC finds the File unreachable).
//   ./tlang run bench/collectors/files.t PORT DIR
import std.fs;
import std.http;
import std.http.{Request, Response, Router};

static mut dir: Str = ".";

fn read(req: Request, close: Bool) -> Response {
    let path = "{dir}/{req.param("n").unwrap()}.txt";
    match fs.open(path) {
        Ok(f) => {
            let text = f.reader().read_to_str().unwrap();
            if close { f.close().unwrap(); }
            Response::text(200, "{text.len()} bytes\n")
        }
        Err(e) => Response::text(404, "{e}\n"),
    }
}

fn closing(req: Request) -> Response { read(req, true) }

fn dropping(req: Request) -> Response { read(req, false) }

fn main(args: Vec<Str>) {
    dir = args[1];
    match http.serve("127.0.0.1", args[0].parse_int().unwrap(), Router::new().get("/close/:n", closing).get("/drop/:n", dropping)) {
        Ok(server) => {
            println("files listening on {server.url()}");
            server.wait();
        }
        Err(e) => panic("files: {e}"),
    }
}
