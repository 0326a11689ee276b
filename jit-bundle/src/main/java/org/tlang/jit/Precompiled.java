package org.tlang.jit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tlang.jit.codegen.ExprIndex;
import org.tlang.jit.codegen.Recipe;
import org.tlang.jit.codegen.Unsupported;
import org.tlang.tir.TFunction;
import org.tlang.tir.TirPrinter;

/**
 * A module's functions compiled ahead of time ({@code tlang build}), in the file format
 * {@code jit} writes into a package: which code generator made them, and per function the digest of
 * the TIR it was compiled from, the struct layouts its code names, and its classes (a closure's
 * first, the function's last) with how each constant is found again ({@link Recipe}, its expression
 * by place in {@link ExprIndex}). A function whose TIR or layouts differ when it loads is compiled
 * again as usual: a stale file costs time, never a wrong result.
 */
record Precompiled(String generator, String module, Map<String, Function> functions) {
    private static final String MAGIC = "tlang-jit-aot 1";

    /** One function: its TIR's digest, the layouts its code relies on, its classes. */
    record Function(String name, String tir, Map<String, Optional<String>> layouts, List<ClassFile> classes) {}

    /** A class: its name, bytes and constants' recipes as (kind, expression place, literal). */
    record ClassFile(String name, byte[] bytes, List<Constant> constants) {}

    record Constant(Recipe.Kind kind, int place, Object literal) {
        /** The recipe, its expression found in {@code index} (of the function now loading). */
        Recipe recipe(ExprIndex index) {
            return new Recipe(kind, place < 0 ? null : index.at(place), literal);
        }
    }

    /**
     * The digest of a function's TIR: as {@link TirPrinter} prints it (every node with its type,
     * callees and statics by name), and the position of every expression (compiled code has them).
     * Not the records' own toString: its first use per record class costs a millisecond at start-up.
     */
    static String tirDigest(TFunction fn, ExprIndex index) {
        java.security.MessageDigest md = GeneratorId.sha256();
        md.update(TirPrinter.print(fn).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.ByteBuffer positions = java.nio.ByteBuffer.allocate(8 * (index.size() + 1));
        positions.putInt(fn.pos() == null ? 0 : fn.pos().line()).putInt(fn.pos() == null ? 0 : fn.pos().column());
        for (int i = 0; i < index.size(); i++) {
            org.tlang.tir.Pos p = index.at(i).pos();
            positions.putInt(p == null ? 0 : p.line()).putInt(p == null ? 0 : p.column());
        }
        md.update(positions.array());
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    /** {@code recipes} with each expression given by its place in {@code index}; Unsupported when one cannot be written. */
    static List<Constant> constants(List<Recipe> recipes, ExprIndex index) {
        List<Constant> out = new ArrayList<>();
        for (Recipe r : recipes) {
            int place = -1;
            if (r.expr() != null) {
                place = index.placeOf(r.expr());
                if (place < 0) throw new Unsupported("a constant from an expression outside the function");
            }
            if (r.literal() != null && !(r.literal() instanceof String || r.literal() instanceof Long || r.literal() instanceof Double
                    || r.literal() instanceof Boolean || r.literal() instanceof Character)) {
                throw new Unsupported("a literal of " + r.literal().getClass().getSimpleName() + " in a pattern");
            }
            out.add(new Constant(r.kind(), place, r.literal()));
        }
        return out;
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(generator);
            out.writeUTF(module);
            out.writeInt(functions.size());
            for (Function f : functions.values()) {
                out.writeUTF(f.name());
                out.writeUTF(f.tir());
                out.writeInt(f.layouts().size());
                for (Map.Entry<String, Optional<String>> l : f.layouts().entrySet()) {
                    out.writeUTF(l.getKey());
                    out.writeBoolean(l.getValue().isPresent());
                    out.writeUTF(l.getValue().orElse(""));
                }
                out.writeInt(f.classes().size());
                for (ClassFile c : f.classes()) {
                    out.writeUTF(c.name());
                    out.writeInt(c.bytes().length);
                    out.write(c.bytes());
                    out.writeInt(c.constants().size());
                    for (Constant k : c.constants()) {
                        out.writeByte(k.kind().ordinal());
                        out.writeInt(k.place());
                        writeLiteral(out, k.literal());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file read back; IOException when it is not one (truncated, another format). */
    static Precompiled read(byte[] file) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
            if (!in.readUTF().equals(MAGIC)) throw new IOException("not a file of this format");
            String generator = in.readUTF();
            String module = in.readUTF();
            Map<String, Function> functions = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = in.readUTF();
                String tir = in.readUTF();
                Map<String, Optional<String>> layouts = new LinkedHashMap<>();
                for (int l = in.readInt(); l > 0; l--) {
                    String struct = in.readUTF();
                    boolean present = in.readBoolean();
                    String code = in.readUTF();
                    layouts.put(struct, present ? Optional.of(code) : Optional.empty());
                }
                List<ClassFile> classes = new ArrayList<>();
                for (int c = in.readInt(); c > 0; c--) {
                    String cname = in.readUTF();
                    byte[] bytes = in.readNBytes(in.readInt());
                    List<Constant> constants = new ArrayList<>();
                    for (int k = in.readInt(); k > 0; k--) {
                        Recipe.Kind kind = Recipe.Kind.values()[in.readUnsignedByte()];
                        int place = in.readInt();
                        constants.add(new Constant(kind, place, readLiteral(in)));
                    }
                    classes.add(new ClassFile(cname, bytes, constants));
                }
                functions.put(name, new Function(name, tir, layouts, classes));
            }
            if (in.read() != -1) throw new IOException("trailing bytes");
            return new Precompiled(generator, module, functions);
        } catch (java.io.EOFException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("truncated", e);
        }
    }

    private static void writeLiteral(DataOutputStream out, Object v) throws IOException {
        switch (v) {
            case null -> out.writeByte('N');
            case String s -> { out.writeByte('S'); out.writeUTF(s); }
            case Long l -> { out.writeByte('J'); out.writeLong(l); }
            case Double d -> { out.writeByte('D'); out.writeDouble(d); }
            case Boolean z -> { out.writeByte('Z'); out.writeBoolean(z); }
            case Character c -> { out.writeByte('C'); out.writeChar(c); }
            default -> throw new IllegalArgumentException("literal " + v.getClass());
        }
    }

    private static Object readLiteral(DataInputStream in) throws IOException {
        return switch (in.readUnsignedByte()) {
            case 'N' -> null;
            case 'S' -> in.readUTF();
            case 'J' -> in.readLong();
            case 'D' -> in.readDouble();
            case 'Z' -> in.readBoolean();
            case 'C' -> in.readChar();
            default -> throw new IOException("a literal of unknown kind");
        };
    }
}
