package org.tlang.interp;

import java.lang.invoke.MethodHandle;
import java.util.Collection;
import java.util.Map;
import org.tlang.interp.nodes.DoubleNode;
import org.tlang.interp.nodes.LongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.data.Join;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.runtime.builtins.BuiltinTable;
import org.tlang.runtime.builtins.FloatBuiltins;
import org.tlang.runtime.builtins.VecBuiltins;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/**
 * The built-ins as interpreter nodes: a few hot ones specialised (unboxed float math, Vec length
 * and push, the join that keeps a task's trace), every other one a {@link Generic} node over the
 * table's {@link Builtin#boxed()} method.
 */
final class Intrinsics {
    private final Host host;

    Intrinsics(Host host) {
        this.host = host;
    }

    Node compile(String name, Node[] args, Type type, Pos pos) {
        return switch (name) {
            case "Float.sqrt", "Float.abs", "Float.floor", "Float.ceil", "Float.round", "Float.sin", "Float.cos", "Float.exp", "Float.ln" ->
                    new FloatMath(args[0], name.substring(6), pos);
            case "Vec.len", "Set.len", "Map.len" -> new Size(args[0], pos);
            case "Vec.push" -> new VecPush(args[0], args[1], pos);
            case "Task.join" -> new Join(args[0], pos);
            default -> {
                Builtin b = BuiltinTable.get(name);
                if (b == null) throw new IllegalStateException("unknown built-in " + name);
                yield new Generic(args, b.takesContext() ? b.boxed().bindTo(host) : b.boxed(), pos);
            }
        };
    }

    /** A built-in over boxed arguments; a panic it raises is at this node. */
    static final class Generic extends Node implements BoxedCall {
        final Node[] args;
        /** The built-in's method over boxed values ({@link Builtin#boxed()}, the host bound); a unit result is null. */
        final MethodHandle method;

        Generic(Node[] args, MethodHandle method, Pos pos) {
            super(pos);
            this.args = args;
            this.method = method;
        }

        @Override
        public Object execute(Frame f) {
            return apply(executeAll(args, f));
        }

        @Override
        public Object apply(Object[] values) {
            try {
                Object r = switch (values.length) {
                    case 0 -> (Object) method.invokeExact();
                    case 1 -> (Object) method.invokeExact(values[0]);
                    case 2 -> (Object) method.invokeExact(values[0], values[1]);
                    default -> (Object) method.invokeExact(values[0], values[1], values[2]);
                };
                return r == null ? Unit.VALUE : r;
            } catch (PanicException p) {
                p.atIfUnknown(pos);
                throw p;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    static final class FloatMath extends DoubleNode {
        final Node arg;
        final String op;

        FloatMath(Node arg, String op, Pos pos) {
            super(pos);
            this.arg = arg;
            this.op = op;
        }

        @Override
        public double executeDouble(Frame f) {
            double d = arg.executeDouble(f);
            return switch (op) {
                case "sqrt" -> FloatBuiltins.sqrt(d);
                case "abs" -> FloatBuiltins.abs(d);
                case "floor" -> FloatBuiltins.floor(d);
                case "ceil" -> FloatBuiltins.ceil(d);
                case "round" -> FloatBuiltins.round(d);
                case "sin" -> FloatBuiltins.sin(d);
                case "cos" -> FloatBuiltins.cos(d);
                case "exp" -> FloatBuiltins.exp(d);
                case "ln" -> FloatBuiltins.ln(d);
                default -> throw new IllegalStateException(op);
            };
        }
    }

    /** The length of a Vec, Set or Map, unboxed. */
    static final class Size extends LongNode {
        final Node collection;

        Size(Node collection, Pos pos) {
            super(pos);
            this.collection = collection;
        }

        @Override
        public long executeLong(Frame f) {
            Object v = collection.execute(f);
            return v instanceof Map<?, ?> m ? m.size() : ((Collection<?>) v).size();
        }
    }

    static final class VecPush extends Node {
        final Node vec;
        final Node value;

        VecPush(Node vec, Node value, Pos pos) {
            super(pos);
            this.vec = vec;
            this.value = value;
        }

        @Override
        public Object execute(Frame f) {
            VecBuiltins.push((Vec) vec.execute(f), value.execute(f));
            return Unit.VALUE;
        }
    }
}
