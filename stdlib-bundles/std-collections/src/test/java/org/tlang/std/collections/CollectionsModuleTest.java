package org.tlang.std.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class CollectionsModuleTest {
    @TempDir
    Path dir;

    private String run(String source) throws Exception {
        TProgram.Result r = TProgram.runOnEveryTier(dir, source, List.of(new CollectionsModule()));
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void sortedMapKeepsKeysInOrder() throws Exception {
        assertEquals("""
                [:]
                None
                Some("three")
                [1: "one", 2: "two", 3: "THREE"]
                3 true false
                Some((1, "one")) Some((3, "THREE"))
                [(2, "two")]
                []
                [1, 2, 3] ["one", "two", "THREE"]
                1=one 2=two 3=THREE\s
                Some("two") None 2
                true false
                ["a": [1, 2], "b": []]
                Some(((0, "z"), 1))
                """, run("""
                import std.collections.{SortedMap};
                struct P { x: Int, name: Str }
                fn main() {
                    let m = SortedMap::new();
                    println(m);
                    println(m.insert(3, "three"));
                    m.insert(1, "one");
                    m.insert(2, "two");
                    println(m.insert(3, "THREE"));
                    println(m);
                    println("{m.len()} {m.contains_key(2)} {m.contains_key(5)}");
                    println("{m.first()} {m.last()}");
                    println(m.range(2, 3));
                    println(m.range(3, 2));
                    println("{m.keys()} {m.values()}");
                    let mut line = "";
                    for (k, v) in m { line = line + "{k}={v} "; }
                    println(line);
                    println("{m.remove(2)} {m.remove(2)} {m.len()}");
                    let a = SortedMap::new();
                    a.insert(1, "one");
                    a.insert(3, "THREE");
                    let b = SortedMap::new();
                    b.insert(1, "one");
                    println("{a == m} {b == m}");
                    let s = SortedMap::new();
                    s.insert("b", Vec::new());
                    s.insert("a", [1, 2]);
                    println(s);
                    let t = SortedMap::new();
                    t.insert((1, "a"), 2);
                    t.insert((0, "z"), 1);
                    println(t.first());
                }
                """));
    }

    @Test
    void sortedSetDequeAndPriorityQueue() throws Exception {
        assertEquals("""
                {1, 3, 5} true false true
                Some(1) Some(5) [3] 3
                1 3 5\s
                [0, 1, 2] Some(0) Some(2)
                Some(0) Some(2) [1]
                true false
                [1, 2, 5, 9] Some(1) 4
                1 2 5 9
                [9, 5, 2, 1]
                Some(9) Some(5) Some(2) Some(1) None true
                ["bb", "a"]
                """, run("""
                import std.collections.{SortedSet, Deque, PriorityQueue};
                fn main() {
                    let s = SortedSet::new();
                    for x in [5, 1, 3] { s.insert(x); }
                    println("{s} {s.insert(7)} {s.insert(7)} {s.remove(7)}");
                    println("{s.first()} {s.last()} {s.range(2, 5)} {s.len()}");
                    let mut line = "";
                    for x in s { line = line + "{x} "; }
                    println(line);
                    let d = Deque::new();
                    d.push_back(1);
                    d.push_back(2);
                    d.push_front(0);
                    println("{d} {d.front()} {d.back()}");
                    println("{d.pop_front()} {d.pop_back()} {d}");
                    let e = Deque::new();
                    e.push_front(1);
                    println("{d == e} {d == Deque::new()}");
                    let q = PriorityQueue::new();
                    for x in [5, 1, 9, 2] { q.push(x); }
                    println("{q} {q.peek()} {q.len()}");
                    let mut line2 = "";
                    for x in q { line2 = line2 + "{x} "; }
                    println(line2.trim());
                    let big = PriorityQueue::with(|a, b| b - a);
                    for x in [5, 1, 9, 2] { big.push(x); }
                    println(big);
                    println("{big.pop()} {big.pop()} {big.pop()} {big.pop()} {big.pop()} {big.is_empty()}");
                    let by_len = PriorityQueue::with(|a: Str, b: Str| b.len() - a.len());
                    by_len.push("a");
                    by_len.push("bb");
                    println(by_len);
                }
                """));
    }

    @Test
    void aNativeTypeHasNoLiteral() throws Exception {
        TProgram.Result r = TProgram.run(dir, """
                import std.collections.{SortedMap};
                fn main() {
                    let m: SortedMap<Int, Int> = SortedMap {};
                    println(m.len());
                }
                """, List.of(new CollectionsModule()));
        assertEquals(1, r.status());
        assertTrue(r.err().contains("`SortedMap` is a native type: its values come from the functions of std.collections"), r.err());
    }
}
