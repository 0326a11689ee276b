/**
 * The runtime core every tier, native module and tool shares: T values as JVM objects, panics
 * ({@link org.tlang.runtime.PanicException} with its T trace), static cells, the frame that
 * interpreted code runs on and {@link org.tlang.runtime.Executable}, what a compiling tier can
 * run of the interpreter, and the {@link org.tlang.runtime.Safepoint} every tier's loops poll
 * (yielding the thread, stopping work whose {@link org.tlang.runtime.Cancellation} is set).
 *
 * <p>Runtime representation of T values, shared by every tier and by native modules:
 * <table>
 * <caption>T type to JVM value</caption>
 * <tr><td>Int</td><td>{@code long} / {@link java.lang.Long}</td></tr>
 * <tr><td>Float</td><td>{@code double} / {@link java.lang.Double}</td></tr>
 * <tr><td>Bool</td><td>{@code boolean} / {@link java.lang.Boolean} (0/1 in a long frame slot)</td></tr>
 * <tr><td>Str</td><td>{@link java.lang.String}</td></tr>
 * <tr><td>()</td><td>{@link org.tlang.runtime.Unit#VALUE}</td></tr>
 * <tr><td>Bytes</td><td>{@link org.tlang.runtime.Bytes}</td></tr>
 * <tr><td>Vec&lt;T&gt;</td><td>{@link org.tlang.runtime.Vec}: unboxed storage for Int, Float and Bool elements</td></tr>
 * <tr><td>Map&lt;K, V&gt;</td><td>{@link java.util.LinkedHashMap}</td></tr>
 * <tr><td>Set&lt;T&gt;</td><td>{@link java.util.LinkedHashSet}</td></tr>
 * <tr><td>tuples</td><td>{@link org.tlang.runtime.Tuple}</td></tr>
 * <tr><td>structs</td><td>{@link org.tlang.runtime.StructValue}: a class per {@link org.tlang.runtime.StructLayout}, Int, Float and Bool fields unboxed</td></tr>
 * <tr><td>enums, Option, Result</td><td>{@link org.tlang.runtime.EnumValue} (variant by declaration order;
 *     {@code EnumValue.some/NONE/ok/err})</td></tr>
 * <tr><td>fn types</td><td>{@link org.tlang.runtime.FnValue}</td></tr>
 * <tr><td>Task&lt;T&gt;</td><td>{@link org.tlang.spi.scheduler.Task}</td></tr>
 * <tr><td>Sender / Receiver</td><td>{@link org.tlang.runtime.Channel.Sender} / {@link org.tlang.runtime.Channel.Receiver}</td></tr>
 * </table>
 * Values of a generic type parameter are always boxed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.7.0")
package org.tlang.runtime;
