package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.StructLayout;
import org.tlang.runtime.StructShape;
import org.tlang.tir.TExpr;

/**
 * Structs and enum variants. A struct is made and its fields read and written through the class of
 * its layout (fields unboxed, an Option field as its payload); a struct of another class (changed by
 * a reload this code predates) through StructValue's accessors, as the interpreter would.
 */
final class Structs {
    private final Emitter cx;
    private final CodeBuilder code;

    Structs(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    /** The shape of a struct literal as this module version sees it, or null to leave it to an island. */
    StructShape shape(TExpr.StructNew sn) {
        return cx.owner.linkage.struct(sn.struct().name());
    }

    /** The shape of an enum variant's enum as this module version sees it, or null to leave it to an island. */
    EnumShape shape(TExpr.VariantNew vn) {
        return cx.owner.linkage.enumShape(vn.enumName());
    }

    /** {@code new S_<layout>(shape, fields...)}: the class of the struct's layout, fields unboxed where it holds them so. */
    void structNew(TExpr.StructNew sn) {
        String layout = cx.owner.layoutOf(sn.struct().name());
        ClassDesc type = ClassDesc.of(StructLayout.className(layout));
        code.new_(type);
        code.dup();
        cx.getConstant(Recipe.of(Recipe.Kind.STRUCT_SHAPE, sn), Descs.STRUCT_SHAPE);
        List<ClassDesc> params = new ArrayList<>();
        params.add(Descs.STRUCT_SHAPE);
        for (int i = 0; i < layout.length(); i++) {
            Repr r = Repr.field(layout.charAt(i));
            if (layout.charAt(i) == 'O') optionPayload(sn.fields().get(i), 3 + i);
            else cx.genHeld(sn.fields().get(i), r, 3 + i);
            params.add(r.desc());
        }
        code.invokespecial(type, "<init>", MethodTypeDesc.of(CD_void, params));
    }

    /** What an Option field holds for {@code e}: Some's payload or null, without making the Option when {@code e} is `Some(x)` or `None`. */
    private void optionPayload(TExpr e, int below) {
        if (e instanceof TExpr.VariantNew vn && vn.enumName().equals("Option")) {
            if (vn.args().isEmpty()) code.aconst_null();
            else cx.genHeld(vn.args().getFirst(), Repr.A, below);
            return;
        }
        cx.genHeld(e, Repr.A, below);
        toPayload();
    }

    private void toPayload() {
        code.invokestatic(Descs.ENUM_VALUE, "payloadOrNull", MethodTypeDesc.of(CD_Object, CD_Object));
    }

    /** A field read: of the struct's layout class directly, else through StructValue's accessors. */
    void fieldGet(TExpr.FieldGet g) {
        fieldGet(g, false);
    }

    /** An Option field read for a match: Some's payload or null, no Option made (see {@link #fieldGet(TExpr.FieldGet)}). */
    void optionFieldPayload(TExpr.FieldGet g) {
        fieldGet(g, true);
    }

    private void fieldGet(TExpr.FieldGet g, boolean payload) {
        String layout = cx.owner.layout(g.target().type());
        Repr field = layout == null ? Repr.A : Repr.field(layout.charAt(g.index()));
        cx.genAs(g.target(), Repr.A);
        if (layout != null) {
            ClassDesc type = ClassDesc.of(StructLayout.className(layout));
            Label slow = code.newLabel();
            Label done = code.newLabel();
            code.dup();
            code.instanceOf(type);
            code.ifeq(slow);
            code.checkcast(type);
            code.getfield(type, "f" + g.index(), field.desc());
            if (layout.charAt(g.index()) == 'O' && !payload) code.invokestatic(Descs.ENUM_VALUE, "option", MethodTypeDesc.of(Descs.ENUM_VALUE, CD_Object));
            code.goto_(done);
            code.labelBinding(slow);
            accessor(field, g.index());
            if (payload) toPayload();
            code.labelBinding(done);
        } else {
            accessor(field, g.index());
            if (payload) toPayload();
        }
        cx.coerce(field, Repr.of(g.type()));
    }

    /** Whether {@code e} reads a struct field held as an Option's payload (layout letter O). */
    boolean isOptionField(TExpr e) {
        if (!(e instanceof TExpr.FieldGet g)) return false;
        String layout = cx.owner.layout(g.target().type());
        return layout != null && layout.charAt(g.index()) == 'O';
    }

    void setField(TExpr.SetField s) {
        String layout = cx.owner.layout(s.target().type());
        Repr field = layout == null ? Repr.A : Repr.field(layout.charAt(s.index()));
        cx.genAs(s.target(), Repr.A);
        code.checkcast(Descs.STRUCT_VALUE);
        cx.genHeld(s.value(), field, 1);
        if (layout != null) {
            ClassDesc type = ClassDesc.of(StructLayout.className(layout));
            int value = code.allocateLocal(field.kind());
            int target = code.allocateLocal(TypeKind.REFERENCE);
            field.store(code, value);
            code.astore(target);
            Label slow = code.newLabel();
            Label done = code.newLabel();
            code.aload(target);
            code.instanceOf(type);
            code.ifeq(slow);
            code.aload(target);
            code.checkcast(type);
            field.load(code, value);
            if (layout.charAt(s.index()) == 'O') toPayload();
            code.putfield(type, "f" + s.index(), field.desc());
            code.goto_(done);
            code.labelBinding(slow);
            code.aload(target);
            code.loadConstant(s.index());
            field.load(code, value);
            setter(field);
            code.labelBinding(done);
        } else {
            // stack: struct, value
            int value = code.allocateLocal(field.kind());
            field.store(code, value);
            code.loadConstant(s.index());
            field.load(code, value);
            setter(field);
        }
    }

    /** With a struct on the stack, calls StructValue's accessor of field {@code index} for a field of {@code r}. */
    void accessor(Repr r, int index) {
        code.checkcast(Descs.STRUCT_VALUE);
        code.loadConstant(index);
        switch (r) {
            case J -> code.invokevirtual(Descs.STRUCT_VALUE, "getLong", MethodTypeDesc.of(CD_long, CD_int));
            case D -> code.invokevirtual(Descs.STRUCT_VALUE, "getDouble", MethodTypeDesc.of(CD_double, CD_int));
            case Z -> code.invokevirtual(Descs.STRUCT_VALUE, "getBool", MethodTypeDesc.of(CD_boolean, CD_int));
            default -> code.invokevirtual(Descs.STRUCT_VALUE, "get", MethodTypeDesc.of(CD_Object, CD_int));
        }
    }

    /** With a struct, an index and a value of {@code r} on the stack, calls StructValue's setter for it. */
    private void setter(Repr r) {
        switch (r) {
            case J -> code.invokevirtual(Descs.STRUCT_VALUE, "setLong", MethodTypeDesc.of(CD_void, CD_int, CD_long));
            case D -> code.invokevirtual(Descs.STRUCT_VALUE, "setDouble", MethodTypeDesc.of(CD_void, CD_int, CD_double));
            case Z -> code.invokevirtual(Descs.STRUCT_VALUE, "setBool", MethodTypeDesc.of(CD_void, CD_int, CD_boolean));
            default -> code.invokevirtual(Descs.STRUCT_VALUE, "set", MethodTypeDesc.of(CD_void, CD_int, CD_Object));
        }
    }

    void variantNew(TExpr.VariantNew vn) {
        if (vn.args().isEmpty()) {
            // as the interpreter: one value per variant without fields
            cx.getConstant(Recipe.of(Recipe.Kind.UNIT_VARIANT, vn), Descs.ENUM_VALUE);
            return;
        }
        code.new_(Descs.ENUM_VALUE);
        code.dup();
        cx.getConstant(Recipe.of(Recipe.Kind.ENUM_SHAPE, vn), Descs.ENUM_SHAPE);
        code.loadConstant(vn.index());
        if (vn.args().size() == 1) {
            cx.genHeld(vn.args().getFirst(), Repr.A, 4);
            code.invokespecial(Descs.ENUM_VALUE, "<init>", MethodTypeDesc.of(CD_void, Descs.ENUM_SHAPE, CD_int, CD_Object));
            return;
        }
        cx.containers.objects(vn.args(), 4);
        code.invokespecial(Descs.ENUM_VALUE, "<init>", MethodTypeDesc.of(CD_void, Descs.ENUM_SHAPE, CD_int, Descs.OBJECT_ARRAY));
    }
}
