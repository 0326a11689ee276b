// Logs at every level from two modules, a round every 200 ms, saying on stdout which round ended.
import std.log;
import shop.orders;

fn main() {
    let mut round = 0;
    loop {
        round = round + 1;
        let fields: Map<Str, Str> = Map::new();
        fields.insert("round", "{round}");
        log.debug_kv("main debug", fields);
        log.info_kv("main info", fields);
        log.warn_kv("main warn", fields);
        orders.place(round);
        println("round {round}");
        sleep(200);
    }
}
