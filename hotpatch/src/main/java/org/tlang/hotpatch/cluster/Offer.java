package org.tlang.hotpatch.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message of a cluster reload, as it crosses to a member: {@code prepare} with the new source
 * of each module by name, then {@code commit} or {@code drop}, all of one transaction id. A member
 * answers each with a {@link Vote}.
 */
record Offer(String step, String transaction, Map<String, String> sources) {
    static final String PREPARE = "prepare";
    static final String COMMIT = "commit";
    static final String DROP = "drop";

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(step);
            out.writeUTF(transaction);
            out.writeInt(sources.size());
            for (Map.Entry<String, String> e : sources.entrySet()) {
                out.writeUTF(e.getKey());
                byte[] text = e.getValue().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Offer decode(byte[] message) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(message))) {
            String step = in.readUTF();
            String transaction = in.readUTF();
            int n = in.readInt();
            Map<String, String> sources = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String module = in.readUTF();
                sources.put(module, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            }
            return new Offer(step, transaction, sources);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a cluster reload message: " + e);
        }
    }

    /** A member's answer: yes or no, and what it did or why not. */
    record Vote(boolean yes, String text) {
        byte[] encode() {
            return ((yes ? "Y" : "N") + text).getBytes(StandardCharsets.UTF_8);
        }

        static Vote decode(byte[] answer) {
            String s = new String(answer, StandardCharsets.UTF_8);
            return new Vote(s.startsWith("Y"), s.substring(1));
        }
    }
}
