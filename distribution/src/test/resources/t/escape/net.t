// No net granted: neither connect, nor bind, nor the HTTP client.
import std.net.{TcpStream, TcpListener};
import std.http;

fn main() {
    match TcpStream::connect("127.0.0.1:1") { Ok(_) => println("connect: ESCAPED"), Err(e) => println("connect: {e}") }
    match TcpListener::bind("127.0.0.1:0") { Ok(_) => println("bind: ESCAPED"), Err(e) => println("bind: {e}") }
    match http.get("http://127.0.0.1:1/") { Ok(_) => println("http: ESCAPED"), Err(e) => println("http: {e}") }
}
