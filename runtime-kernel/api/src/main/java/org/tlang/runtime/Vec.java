package org.tlang.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.RandomAccess;

/**
 * A T {@code Vec}: a growable array whose storage follows its elements: {@code long[]} for Int,
 * {@code double[]} for Float, {@code boolean[]} for Bool and {@code Object[]} for everything else.
 * T is statically typed, so every element of one Vec has the same kind, and an empty Vec takes its
 * storage from its first element (a Vec made in generic code is unboxed too). The {@link java.util.List}
 * view boxes; the interpreter's typed nodes and compiled code use the typed accessors, whose index
 * the caller has checked against {@link #size()}.
 */
public final class Vec extends AbstractList<Object> implements RandomAccess {
    private static final int MIN_CAPACITY = 4;
    /** The most elements a Vec (or Bytes) holds: the largest array every JVM allocates. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    // at most one is non-null; none while the Vec has never held an element
    private long[] longs;
    private double[] doubles;
    private boolean[] bools;
    private Object[] refs;
    private int size;
    private final int initialCapacity;

    public Vec() {
        this(MIN_CAPACITY);
    }

    public Vec(int capacity) {
        this.initialCapacity = Math.max(capacity, MIN_CAPACITY);
    }

    public static Vec copyOf(Collection<?> items) {
        Vec v = new Vec(items.size());
        for (Object x : items) v.add(x);
        return v;
    }

    /** {@code n} copies of {@code value}. */
    public static Vec filled(int n, Object value) {
        Vec v = new Vec(n);
        switch (value) {
            case Long l -> {
                v.longs = new long[Math.max(n, MIN_CAPACITY)];
                if (l != 0) Arrays.fill(v.longs, 0, n, l);
            }
            case Double d -> {
                v.doubles = new double[Math.max(n, MIN_CAPACITY)];
                if (Double.doubleToRawLongBits(d) != 0) Arrays.fill(v.doubles, 0, n, d);
            }
            case Boolean b -> {
                v.bools = new boolean[Math.max(n, MIN_CAPACITY)];
                if (b) Arrays.fill(v.bools, 0, n, true);
            }
            default -> {
                v.refs = new Object[Math.max(n, MIN_CAPACITY)];
                Arrays.fill(v.refs, 0, n, value);
            }
        }
        v.size = n;
        return v;
    }

    @Override
    public int size() {
        return size;
    }

    // --- typed access: the index is in [0, size) ---

    public long getLong(int i) {
        long[] a = longs;
        if (a != null) return a[i];
        return Slots.asLong(get(i));
    }

    public double getDouble(int i) {
        double[] a = doubles;
        return a != null ? a[i] : (Double) get(i);
    }

    public boolean getBool(int i) {
        boolean[] a = bools;
        return a != null ? a[i] : (Boolean) get(i);
    }

    public Object getRef(int i) {
        Object[] a = refs;
        return a != null ? a[i] : get(i);
    }

    public void setLong(int i, long x) {
        long[] a = longs;
        if (a != null) a[i] = x;
        else set(i, x);
    }

    public void setDouble(int i, double x) {
        double[] a = doubles;
        if (a != null) a[i] = x;
        else set(i, x);
    }

    public void setBool(int i, boolean x) {
        boolean[] a = bools;
        if (a != null) a[i] = x;
        else set(i, x);
    }

    public void pushLong(long x) {
        if (longs == null || size == longs.length) {
            add(x);
            return;
        }
        longs[size++] = x;
    }

    public void pushDouble(double x) {
        if (doubles == null || size == doubles.length) {
            add(x);
            return;
        }
        doubles[size++] = x;
    }

    // --- the List view ---

    @Override
    public Object get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("index " + i + ", size " + size);
        if (longs != null) return longs[i];
        if (doubles != null) return doubles[i];
        if (bools != null) return bools[i];
        return refs[i];
    }

    @Override
    public Object set(int i, Object x) {
        Object old = get(i);
        if (!fits(x)) generalize();
        if (longs != null) longs[i] = (Long) x;
        else if (doubles != null) doubles[i] = (Double) x;
        else if (bools != null) bools[i] = (Boolean) x;
        else refs[i] = x;
        return old;
    }

    @Override
    public boolean add(Object x) {
        add(size, x);
        return true;
    }

    @Override
    public void add(int i, Object x) {
        if (i < 0 || i > size) throw new IndexOutOfBoundsException("index " + i + ", size " + size);
        if (size == 0 && longs == null && doubles == null && bools == null && refs == null) allocateFor(x);
        else if (!fits(x)) generalize();
        grow(size + 1);
        Object a = storage();
        System.arraycopy(a, i, a, i + 1, size - i);
        size++;
        modCount++;
        if (longs != null) longs[i] = (Long) x;
        else if (doubles != null) doubles[i] = (Double) x;
        else if (bools != null) bools[i] = (Boolean) x;
        else refs[i] = x;
    }

    @Override
    public Object remove(int i) {
        Object old = get(i);
        Object a = storage();
        System.arraycopy(a, i + 1, a, i, size - i - 1);
        size--;
        modCount++;
        if (refs != null) refs[size] = null;
        return old;
    }

    @Override
    public void clear() {
        if (refs != null) Arrays.fill(refs, 0, size, null);
        size = 0;
        modCount++;
    }

    @Override
    public void sort(Comparator<? super Object> order) {
        if (refs != null) {
            Arrays.sort(refs, 0, size, order);
        } else {
            Object[] boxed = toArray();
            Arrays.sort(boxed, order);
            for (int i = 0; i < size; i++) set(i, boxed[i]);
        }
        modCount++;
    }

    /** Sorts Int and Float storage in natural order (Float's as {@link Double#compare}); false for other kinds. */
    public boolean sortPrimitives() {
        if (longs != null) Arrays.sort(longs, 0, size);
        else if (doubles != null) Arrays.sort(doubles, 0, size);
        else return size == 0;
        modCount++;
        return true;
    }

    /** A new Vec of the elements in [from, to), with the same storage kind. */
    public Vec copyRange(int from, int to) {
        Vec v = new Vec(to - from);
        v.size = to - from;
        if (longs != null) v.longs = Arrays.copyOfRange(longs, from, Math.max(to, from + MIN_CAPACITY));
        else if (doubles != null) v.doubles = Arrays.copyOfRange(doubles, from, Math.max(to, from + MIN_CAPACITY));
        else if (bools != null) v.bools = Arrays.copyOfRange(bools, from, Math.max(to, from + MIN_CAPACITY));
        else if (refs != null) v.refs = Arrays.copyOfRange(refs, from, Math.max(to, from + MIN_CAPACITY));
        return v;
    }

    /** The storage kind, for tests and diagnostics: long, double, bool, ref or none. */
    public String storageKind() {
        if (longs != null) return "long";
        if (doubles != null) return "double";
        if (bools != null) return "bool";
        return refs != null ? "ref" : "none";
    }

    private Object storage() {
        if (longs != null) return longs;
        if (doubles != null) return doubles;
        if (bools != null) return bools;
        return refs;
    }

    private boolean fits(Object x) {
        if (longs != null) return x instanceof Long;
        if (doubles != null) return x instanceof Double;
        if (bools != null) return x instanceof Boolean;
        return true;
    }

    private void allocateFor(Object x) {
        switch (x) {
            case Long l -> longs = new long[initialCapacity];
            case Double d -> doubles = new double[initialCapacity];
            case Boolean b -> bools = new boolean[initialCapacity];
            default -> refs = new Object[initialCapacity];
        }
    }

    /** Boxes the elements: only reached if a value of another kind is stored, which T's types rule out. */
    private void generalize() {
        Object[] boxed = new Object[Math.max(size, MIN_CAPACITY)];
        for (int i = 0; i < size; i++) boxed[i] = get(i);
        longs = null;
        doubles = null;
        bools = null;
        refs = boxed;
    }

    /** The T panic of a size beyond {@link #MAX_LENGTH}, as Rust's {@code Vec} says it. */
    public static PanicException capacityOverflow() {
        return new PanicException("capacity overflow", null);
    }

    private void grow(int needed) {
        if (needed < 0 || needed > MAX_LENGTH) throw capacityOverflow();
        int capacity = longs != null ? longs.length : doubles != null ? doubles.length : bools != null ? bools.length : refs.length;
        if (needed <= capacity) return;
        int next = (int) Math.min(MAX_LENGTH, Math.max(needed, capacity + (long) (capacity >> 1)));
        if (longs != null) longs = Arrays.copyOf(longs, next);
        else if (doubles != null) doubles = Arrays.copyOf(doubles, next);
        else if (bools != null) bools = Arrays.copyOf(bools, next);
        else refs = Arrays.copyOf(refs, next);
    }
}
