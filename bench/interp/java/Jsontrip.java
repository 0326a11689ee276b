import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The twin of jsontrip.t: a hand-written JSON encoder and parser (the JDK has none), as a Java program without libraries would have. */
public class Jsontrip {
    record Item(long id, String name, List<String> tags, long score, boolean active) {}

    static List<Item> items(int n, int round) {
        List<Item> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long k = i + round;
            v.add(new Item(k, "item-" + k, List.of("t" + k % 7, "g" + k % 3), k * 31 % 1000, k % 2 == 0));
        }
        return v;
    }

    static void str(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        b.append('"');
    }

    static String encode(List<Item> items) {
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (i > 0) b.append(',');
            b.append("{\"id\":").append(it.id()).append(",\"name\":");
            str(b, it.name());
            b.append(",\"tags\":[");
            for (int t = 0; t < it.tags().size(); t++) {
                if (t > 0) b.append(',');
                str(b, it.tags().get(t));
            }
            b.append("],\"score\":").append(it.score()).append(",\"active\":").append(it.active()).append('}');
        }
        return b.append(']').toString();
    }

    /** A recursive-descent parser to Map, List, Long, Double, String, Boolean and null. */
    static final class Parser {
        final String s;
        int i;
        Parser(String s) { this.s = s; }

        void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // :
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') return l;
                    }
                }
                case '"': return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: return number();
            }
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                        default -> b.append(e);
                    }
                } else b.append(c);
            }
        }

        Object number() {
            int start = i;
            boolean real = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') real = true;
                else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) break;
                i++;
            }
            String t = s.substring(start, i);
            return real ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
        }
    }

    @SuppressWarnings("unchecked")
    static long roundTrip(int n, int round) {
        String text = encode(items(n, round));
        List<Object> doc = (List<Object>) new Parser(text).value();
        long sum = text.length();
        for (Object o : doc) {
            Map<String, Object> r = (Map<String, Object>) o;
            sum += (Long) r.get("id") + (Long) r.get("score");
            sum += ((String) r.get("name")).length();
            sum += ((List<Object>) r.get("tags")).size();
            if (Boolean.TRUE.equals(r.get("active"))) sum += 1;
        }
        return sum;
    }

    static long run(int rounds) {
        long total = 0;
        for (int round = 0; round < rounds; round++) total += roundTrip(1000, round);
        return total;
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long r = run(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(r);
        }
    }
}
