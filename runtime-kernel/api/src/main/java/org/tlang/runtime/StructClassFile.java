package org.tlang.runtime;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Long;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** The class file of a {@link StructLayout}'s class. */
final class StructClassFile {
    private static final ClassDesc CD_VALUE = ClassDesc.of(StructValue.class.getName());
    private static final ClassDesc CD_SHAPE = ClassDesc.of(StructShape.class.getName());
    private static final ClassDesc CD_IOOBE = ClassDesc.of(IndexOutOfBoundsException.class.getName());
    private static final MethodTypeDesc MTD_INIT = MethodTypeDesc.of(CD_void, CD_SHAPE);
    private static final ClassDesc CD_ENUM = ClassDesc.of(EnumValue.class.getName());

    private final String code;
    private final ClassDesc self;

    private StructClassFile(String code) {
        this.code = code;
        this.self = ClassDesc.of(StructLayout.className(code));
    }

    static byte[] bytes(String code) {
        return new StructClassFile(code).build();
    }

    private static ClassDesc type(char c) {
        return switch (c) {
            case 'J' -> CD_long;
            case 'D' -> CD_double;
            case 'Z' -> CD_boolean;
            default -> CD_Object;
        };
    }

    private static ClassDesc box(char c) {
        return switch (c) {
            case 'J' -> CD_Long;
            case 'D' -> CD_Double;
            case 'Z' -> CD_Boolean;
            default -> CD_Object;
        };
    }

    private byte[] build() {
        return ClassFile.of().build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_VALUE);
            for (int i = 0; i < code.length(); i++) cb.withField("f" + i, type(code.charAt(i)), ClassFile.ACC_PUBLIC);

            cb.withMethodBody("<init>", MTD_INIT, ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.aload(1);
                c.invokespecial(CD_VALUE, "<init>", MTD_INIT);
                c.return_();
            });
            List<ClassDesc> params = new ArrayList<>();
            params.add(CD_SHAPE);
            for (int i = 0; i < code.length(); i++) params.add(type(code.charAt(i)));
            if (!code.isEmpty()) {
                cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, params), ClassFile.ACC_PUBLIC, c -> {
                    c.aload(0);
                    c.aload(1);
                    c.invokespecial(CD_VALUE, "<init>", MTD_INIT);
                    int slot = 2;
                    for (int i = 0; i < code.length(); i++) {
                        TypeKind k = TypeKind.from(type(code.charAt(i)));
                        c.aload(0);
                        c.loadLocal(k, slot);
                        c.putfield(self, "f" + i, type(code.charAt(i)));
                        slot += k.slotSize();
                    }
                    c.return_();
                });
            }
            cb.withMethodBody("blank", MethodTypeDesc.of(CD_VALUE, CD_SHAPE), ClassFile.ACC_PROTECTED, c -> {
                c.new_(self);
                c.dup();
                c.aload(1);
                c.invokespecial(self, "<init>", MTD_INIT);
                c.areturn();
            });

            cb.withMethodBody("get", MethodTypeDesc.of(CD_Object, CD_int), ClassFile.ACC_PUBLIC,
                    c -> fieldSwitch(c, "AJDZO", i -> {
                        char f = code.charAt(i);
                        c.aload(0);
                        c.getfield(self, "f" + i, type(f));
                        if (f == 'O') c.invokestatic(CD_ENUM, "option", MethodTypeDesc.of(CD_ENUM, CD_Object));
                        else if (f != 'A') c.invokestatic(box(f), "valueOf", MethodTypeDesc.of(box(f), type(f)));
                        c.areturn();
                    }, () -> outOfBounds(c)));
            cb.withMethodBody("set", MethodTypeDesc.of(CD_void, CD_int, CD_Object), ClassFile.ACC_PUBLIC,
                    c -> fieldSwitch(c, "AJDZO", i -> {
                        char f = code.charAt(i);
                        c.aload(0);
                        c.aload(2);
                        if (f == 'O') {
                            c.invokestatic(CD_ENUM, "payloadOrNull", MethodTypeDesc.of(CD_Object, CD_Object));
                        } else if (f != 'A') {
                            c.checkcast(box(f));
                            c.invokevirtual(box(f), type(f).displayName() + "Value", MethodTypeDesc.of(type(f)));
                        }
                        c.putfield(self, "f" + i, type(f));
                        c.return_();
                    }, () -> outOfBounds(c)));

            typed(cb, 'J', "Long");
            typed(cb, 'D', "Double");
            typed(cb, 'Z', "Bool");
        });
    }

    /** getX/setX for the fields of letter {@code f}; other fields go to StructValue's boxing versions. */
    private void typed(java.lang.classfile.ClassBuilder cb, char f, String name) {
        if (code.indexOf(f) < 0) return;
        ClassDesc t = type(f);
        TypeKind k = TypeKind.from(t);
        MethodTypeDesc getter = MethodTypeDesc.of(t, CD_int);
        cb.withMethodBody("get" + name, getter, ClassFile.ACC_PUBLIC, c -> fieldSwitch(c, String.valueOf(f), i -> {
            c.aload(0);
            c.getfield(self, "f" + i, t);
            c.return_(k);
        }, () -> {
            c.aload(0);
            c.iload(1);
            c.invokespecial(CD_VALUE, "get" + name, getter);
            c.return_(k);
        }));
        MethodTypeDesc setter = MethodTypeDesc.of(CD_void, CD_int, t);
        cb.withMethodBody("set" + name, setter, ClassFile.ACC_PUBLIC, c -> fieldSwitch(c, String.valueOf(f), i -> {
            c.aload(0);
            c.loadLocal(k, 2);
            c.putfield(self, "f" + i, t);
            c.return_();
        }, () -> {
            c.aload(0);
            c.iload(1);
            c.loadLocal(k, 2);
            c.invokespecial(CD_VALUE, "set" + name, setter);
            c.return_();
        }));
    }

    /** Switches on the int in local 1 over the fields whose letter is in {@code letters}. */
    private void fieldSwitch(CodeBuilder c, String letters, java.util.function.IntConsumer field, Runnable otherwise) {
        List<SwitchCase> cases = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            if (letters.indexOf(code.charAt(i)) < 0) continue;
            cases.add(SwitchCase.of(i, c.newLabel()));
            indexes.add(i);
        }
        Label other = c.newLabel();
        if (!cases.isEmpty()) {
            c.iload(1);
            // dense when every field matches: a tableswitch; a lookupswitch otherwise
            if (cases.size() == code.length()) c.tableswitch(0, code.length() - 1, other, cases);
            else c.lookupswitch(other, cases);
            for (int j = 0; j < cases.size(); j++) {
                c.labelBinding(cases.get(j).target());
                field.accept(indexes.get(j));
            }
        }
        c.labelBinding(other);
        otherwise.run();
    }

    private static void outOfBounds(CodeBuilder c) {
        c.new_(CD_IOOBE);
        c.dup();
        c.iload(1);
        c.invokespecial(CD_IOOBE, "<init>", MethodTypeDesc.of(CD_void, CD_int));
        c.athrow();
    }
}
