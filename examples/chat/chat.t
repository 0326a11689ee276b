// A line-oriented TCP chat server: every line a client sends goes to every other client.
//   ./tlang run examples/chat/chat.t 127.0.0.1:7000      then:  nc 127.0.0.1 7000
// One task per connection reads lines; one task, the room, owns the list of clients and is
// told of joins, lines and leaves over a channel, so no state is shared between tasks.
import std.net.{TcpListener, TcpStream};
import std.io.{Writer};

enum Event { Join(Int, Writer), Say(Int, Str), Leave(Int) }

fn room(events: Receiver<Event>) {
    let mut clients: Map<Int, Writer> = Map::new();
    loop {
        match events.recv() {
            Some(Event::Join(id, w)) => {
                clients[id] = w;
                tell(clients, id, "* user{id} joined ({clients.len()} here)");
            },
            Some(Event::Say(id, text)) => tell(clients, id, "user{id}: {text}"),
            Some(Event::Leave(id)) => {
                clients.remove(id);
                tell(clients, id, "* user{id} left");
            },
            None => return,
        }
    }
}

/// Sends `line` to every client but `from`; a client that went away is dropped at its Leave.
fn tell(clients: Map<Int, Writer>, from: Int, line: Str) {
    for id in clients.keys() {
        if id != from {
            let w = clients.get(id).unwrap();
            if w.write_str("{line}\n").is_ok() { let _ = w.flush(); }
        }
    }
}

/// Reads the lines of client `id` (who joined already) until it goes away.
fn client(id: Int, conn: TcpStream, events: Sender<Event>) {
    let lines = conn.reader();
    loop {
        match lines.read_line() {
            Ok(Some(text)) => events.send(Event::Say(id, text)),
            _ => break,
        }
    }
    events.send(Event::Leave(id));
    let _ = conn.close();
}

fn main(args: Vec<Str>) {
    let addr = if args.len() > 0 { args[0] } else { "127.0.0.1:7000" };
    let listener = TcpListener::bind(addr).unwrap();
    println("chat on {listener.local_addr()}");
    let (tx, rx) = chan<Event>(64);
    spawn(|| room(rx));
    let mut next = 1;
    loop {
        match listener.accept() {
            Ok(conn) => {
                let id = next;
                next += 1;
                // joined here, not in the client's task: the room hears of joins in the order of accept
                tx.send(Event::Join(id, conn.writer()));
                spawn(|| client(id, conn, tx));
            },
            Err(e) => {
                println("accept failed: {e.message()}");
                return;
            },
        }
    }
}
