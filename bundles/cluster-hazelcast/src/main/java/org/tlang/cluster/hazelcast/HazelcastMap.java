package org.tlang.cluster.hazelcast;

import com.hazelcast.map.IMap;
import org.tlang.spi.cluster.SharedMap;

/** A Hazelcast map of byte arrays: keys compare by their bytes, as Hazelcast compares keys in serialised form. */
final class HazelcastMap implements SharedMap {
    private final IMap<byte[], byte[]> map;

    HazelcastMap(IMap<byte[], byte[]> map) {
        this.map = map;
    }

    @Override
    public byte[] get(byte[] key) {
        return map.get(key);
    }

    @Override
    public byte[] put(byte[] key, byte[] value) {
        return map.put(key, value);
    }

    @Override
    public byte[] remove(byte[] key) {
        return map.remove(key);
    }

    @Override
    public boolean replace(byte[] key, byte[] expected, byte[] value) {
        if (value == null) return expected == null ? !map.containsKey(key) : map.remove(key, expected);
        return expected == null ? map.putIfAbsent(key, value) == null : map.replace(key, expected, value);
    }

    @Override
    public long size() {
        return map.size();
    }
}
