package org.tlang.profile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A flamegraph of collapsed stacks as a self-contained SVG: the outermost frame at the bottom,
 * each frame as wide as its share of the weight, its name, weight and share in a tooltip.
 */
public final class Flamegraph {
    static final int WIDTH = 1200, ROW = 18, MIN_PIXELS = 1;

    /** A frame of the merged stack tree. */
    private static final class Node {
        final String name;
        long weight;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    private Flamegraph() {}

    /** The SVG of {@code stacks} under {@code title}, in {@code unit} ("samples", "bytes"). */
    public static String svg(String title, Map<String, Long> stacks, String unit) {
        Node root = new Node("all");
        for (Map.Entry<String, Long> e : stacks.entrySet()) {
            root.weight += e.getValue();
            Node at = root;
            for (String frame : e.getKey().split(";")) {
                at = at.children.computeIfAbsent(frame, Node::new);
                at.weight += e.getValue();
            }
        }
        int depth = depth(root);
        int height = (depth + 2) * ROW + 30;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"monospace\" font-size=\"12\">\n");
        sb.append("<text x=\"4\" y=\"18\" font-size=\"15\">").append(escape(title)).append(" (").append(root.weight).append(' ')
                .append(unit).append(")</text>\n");
        if (root.weight > 0) draw(sb, root, 0, 0, root.weight, height - ROW, unit);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static int depth(Node n) {
        int d = 0;
        for (Node c : n.children.values()) d = Math.max(d, depth(c));
        return d + 1;
    }

    private static void draw(StringBuilder sb, Node n, double x, int level, long total, int bottom, String unit) {
        double w = (double) n.weight / total * WIDTH;
        if (w < MIN_PIXELS) return;
        int y = bottom - level * ROW;
        String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * n.weight / total);
        sb.append("<g><title>").append(escape(n.name)).append(": ").append(n.weight).append(' ').append(unit).append(", ")
                .append(share).append("</title>");
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"white\"/>",
                x, y, w, ROW - 1, color(n.name)));
        int chars = (int) (w / 7.2);
        if (chars >= 3) {
            String label = n.name.length() <= chars ? n.name : n.name.substring(0, chars - 2) + "..";
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 3, y + ROW - 5, escape(label)));
        }
        sb.append("</g>\n");
        double cx = x;
        for (Node c : n.children.values()) {
            draw(sb, c, cx, level + 1, total, bottom, unit);
            cx += (double) c.weight / total * WIDTH;
        }
    }

    /** Warm colours, stable per function name. */
    private static String color(String name) {
        int h = name.hashCode();
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", 205 + Math.floorMod(h, 50), 80 + Math.floorMod(h >> 8, 120), 40 + Math.floorMod(h >> 16, 50));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An HTML page holding one flamegraph per entry. */
    public static String page(String title, Map<String, String> svgs) {
        StringBuilder sb = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title></head>\n<body style=\"font-family:sans-serif\">\n<h1>")
                .append(escape(title)).append("</h1>\n");
        svgs.forEach((heading, svg) -> sb.append("<h2>").append(escape(heading)).append("</h2>\n").append(svg));
        return sb.append("</body></html>\n").toString();
    }
}
