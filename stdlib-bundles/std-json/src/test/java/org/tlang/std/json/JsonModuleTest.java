package org.tlang.std.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class JsonModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String source) throws Exception {
        return TProgram.run(dir, source, List.of(new JsonModule()));
    }

    private void expect(String source, String stdout) throws Exception {
        TProgram.Result r = run(source);
        assertEquals(0, r.status(), r.err());
        assertEquals(stdout, r.out());
    }

    @Test
    void encodesTValues() throws Exception {
        expect("""
                import std.json;
                struct Point { x: Float, y: Float }
                enum Shape { Dot, Circle(Float), Rect(Float, Float) }
                fn main() {
                    println(json.encode(42));
                    println(json.encode("a \\"quoted\\" line\\n"));
                    println(json.encode([1, 2, 3]));
                    println(json.encode(["b": 2, "a": 1]));
                    println(json.encode(Point { x: 1.5, y: -2.0 }));
                    println(json.encode([Shape::Dot, Shape::Circle(1.0), Shape::Rect(2.0, 3.0)]));
                    println(json.encode([Some(1), None]));
                    let r: Result<Int, Str> = Err("no");
                    println(json.encode(r));
                    println(json.encode((1, "x", true, ())));
                    println(json.encode([1: "one"]));
                    println(json.encode(0.1 + 0.2));
                    println(json.encode("é😀".bytes()));
                }
                """, """
                42
                "a \\"quoted\\" line\\n"
                [1,2,3]
                {"b":2,"a":1}
                {"x":1.5,"y":-2.0}
                ["Dot",{"Circle":1.0},{"Rect":[2.0,3.0]}]
                [1,null]
                {"Err":"no"}
                [1,"x",true,null]
                {"1":"one"}
                0.30000000000000004
                "w6nwn5iA"
                """);
    }

    @Test
    void decodesToJsonAndEncodesItBack() throws Exception {
        expect("""
                import std.json;
                import std.json.{Json};
                fn main() {
                    let doc = json.decode("{{\\"name\\": \\"t\\", \\"n\\": 3, \\"x\\": 2.5, \\"big\\": 123456789012345678901, \\"ok\\": true, \\"tags\\": [\\"a\\", null]}}").unwrap();
                    println(doc.get("name").unwrap().as_str().unwrap());
                    println(doc.get("n").unwrap().as_int().unwrap() + 1);
                    println(doc.get("x").unwrap().as_float().unwrap());
                    println(doc.get("big").unwrap().as_int());
                    println(doc.get("ok").unwrap().as_bool());
                    println(doc.get("tags").unwrap().at(1).unwrap().is_null());
                    println(doc.get("missing"));
                    match doc.get("tags").unwrap() {
                        Json::Arr(items) => println(items.len()),
                        _ => println("not an array"),
                    }
                    println(json.encode(doc));
                    println(json.encode(Json::Obj(["k": Json::Arr([Json::Int(1), Json::Null])])));
                }
                """, """
                t
                4
                2.5
                None
                Some(true)
                true
                None
                2
                {"name":"t","n":3,"x":2.5,"big":1.2345678901234568E20,"ok":true,"tags":["a",null]}
                {"k":[1,null]}
                """);
    }

    @Test
    void badTextIsAnErrWithItsPosition() throws Exception {
        expect("""
                import std.json;
                fn main() {
                    println(json.decode("{{\\"a\\": }}").is_err());
                    match json.decode("[1, 2] x") { Ok(_) => println("ok"), Err(e) => println(e.starts_with("line 1, column ")) }
                    match json.decode("") { Ok(_) => println("ok"), Err(e) => println(e) }
                    match json.decode("{{\\"a\\":\\n  tru}}") { Ok(_) => println("ok"), Err(e) => println(e.starts_with("line 2")) }
                }
                """, """
                true
                true
                line 1, column 1: no JSON value (the text is empty)
                true
                """);
    }

    @Test
    void functionsCannotBeEncoded() throws Exception {
        TProgram.Result r = run("""
                import std.json;
                fn main() { println(json.encode(|x: Int| x + 1)); }
                """);
        assertEquals(101, r.status());
        assertEquals(true, r.err().contains("panic: json.encode: cannot encode <fn>"), r.err());
    }
}
