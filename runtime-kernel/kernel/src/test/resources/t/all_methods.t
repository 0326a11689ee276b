fn main() {
    println("{(-3).abs()} {3.min(1)} {3.max(1)} {2.pow(3)} {7.to_str()} {1.wrapping_add(2)} {5.wrapping_sub(7)} {3.wrapping_mul(4)}");
    println("{(-1.5).abs()} {(9.0).sqrt()} {(1.7).floor()} {(1.2).ceil()} {(2.5).round()} {(0.0).sin()} {(0.0).cos()} {(0.0).exp()} {(1.0).ln()} {(2.0).pow(3.0)} {(1.0).min(2.0)} {(1.0).max(2.0)} {(1.0).is_nan()} {(3.14159).fixed(2)}");
    let s = "Hello, World";
    println("{s.len()} {s.is_empty()} {s.contains("World")} {s.starts_with("He")} {s.ends_with("x")} {s.find("o")} {s.replace("l", "L")} {s.split(", ")} {"  t  ".trim()} {s.to_upper()} {s.to_lower()} {s.substring(0, 5)} {"ab".chars()} {"ab".bytes()} {"12".parse_int()} {"1.5".parse_float()} {"ab".repeat(2)} {"5".pad_left(3, "0")} {"5".pad_right(3, "-")}");
    let v = [3, 1, 2];
    println("{v.len()} {v.is_empty()} {v.get(0)} {v.get(9)} {v.contains(2)} {v.map(|x| x * 2)} {v.filter(|x| x > 1)} {v.fold(0, |a, x| a + x)} {v.any(|x| x > 2)} {v.all(|x| x > 0)} {v.slice(1, 3)} {["a", "b"].join("+")}");
    v.push(4); v.insert(0, 9); let r = v.remove(1); v.sort(); v.reverse(); v.sort_by(|a, b| a - b); let p = v.pop();
    println("{v} {r} {p} {Vec::with(2, "x")}");
    let m = ["a": 1];
    m.insert("b", 2);
    println("{m.len()} {m.get("a")} {m.get("z")} {m.contains_key("b")} {m.keys()} {m.values()} {m.remove("a")} {m}");
    let st = Set::new();
    println("{st.insert(1)} {st.insert(1)} {st.contains(1)} {st.len()} {st.remove(1)} {st.len()}");
    let o: Option<Int> = Some(2);
    let n: Option<Int> = None;
    println("{o.unwrap()} {o.expect("x")} {n.unwrap_or(7)} {o.is_some()} {n.is_none()} {o.map(|x| x + 1)} {n.ok_or("none")}");
    let ok: Result<Int, Str> = Ok(1);
    let er: Result<Int, Str> = Err("bad");
    println("{ok.unwrap()} {ok.expect("x")} {er.unwrap_or(0)} {ok.is_ok()} {er.is_err()} {ok.map(|x| x * 10)} {er.map_err(|e| e.len())}");
    let t = spawn(|| 5);
    println(t.join());
    let (tx, rx) = chan<Str>(4);
    tx.send("m");
    tx.close();
    println("{rx.recv()} {rx.recv()}");
}
