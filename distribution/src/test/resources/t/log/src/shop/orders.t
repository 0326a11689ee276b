import std.log;

pub fn place(round: Int) {
    let fields: Map<Str, Str> = Map::new();
    fields.insert("round", "{round}");
    fields.insert("padding", "a field long enough that a few rounds fill a kilobyte of log file, so that it rolls over");
    log.trace_kv("orders trace", fields);
    log.debug_kv("orders debug", fields);
    log.info_kv("orders info", fields);
}
