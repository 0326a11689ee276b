// A TCP echo server on 127.0.0.1:0 (prints "listening ADDR"), a task per connection.
import std.net.{TcpListener};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    println("listening {listener.local_addr()}");
    loop {
        let conn = listener.accept().unwrap();
        spawn(|| {
            let r = conn.reader();
            let w = conn.writer();
            loop {
                let chunk = r.read(65536).unwrap();
                if chunk.len() == 0 { break; }
                w.write(chunk).unwrap();
                w.flush().unwrap();
            }
            let _ = conn.close();
        });
    }
}
