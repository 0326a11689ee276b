package org.tlang.spi;

import java.util.List;

/** A subsystem with state worth showing beside its counters: {@code tlang admin status} prints these lines under it. */
public interface Described {

    /** One line per item, e.g. {@code member 127.0.0.1:5701 (this one)}. */
    List<String> details();
}
