package org.tlang.std.collections;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/**
 * A {@code PriorityQueue<T>}: a binary heap. As a Collection it is its items in the order
 * {@code pop} would give them, so it prints, compares and iterates in that order (the heap's own
 * order is an accident of the pushes).
 */
final class Heap extends AbstractCollection<Object> {
    private final Comparator<Object> order;
    private final PriorityQueue<Object> items;

    Heap(Comparator<Object> order) {
        this.order = order;
        this.items = new PriorityQueue<>(order);
    }

    void push(Object v) {
        items.add(v);
    }

    /** The first item, taken out; null if empty. */
    Object pop() {
        return items.poll();
    }

    /** The first item; null if empty. */
    Object peek() {
        return items.peek();
    }

    Object[] inOrder() {
        Object[] all = items.toArray();
        Arrays.sort(all, order);
        return all;
    }

    @Override
    public Iterator<Object> iterator() {
        return Arrays.asList(inOrder()).iterator();
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Heap h && Arrays.equals(inOrder(), h.inOrder());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inOrder());
    }
}
