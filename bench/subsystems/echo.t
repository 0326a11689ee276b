// The I/O-driver workload of bench/io-drivers.sh: a line echo server on std.net, one task per
// connection, so every read, write and accept goes through the bound I/O driver.
import std.net.{TcpListener, TcpStream};

fn serve(conn: TcpStream) {
    let lines = conn.reader();
    let out = conn.writer();
    loop {
        match lines.read_line() {
            Ok(Some(line)) => {
                if out.write_str("{line}\n").is_err() { break; }
                if out.flush().is_err() { break; }
            },
            _ => break,
        }
    }
    let _ = conn.close();
}

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    println("echo on {listener.local_addr()}");
    loop {
        match listener.accept() {
            Ok(conn) => { spawn(|| serve(conn)); },
            Err(e) => {
                println("accept failed: {e.message()}");
                return;
            },
        }
    }
}
