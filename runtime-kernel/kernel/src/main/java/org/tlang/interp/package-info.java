/**
 * Tier 0: TIR compiled to trees of executable nodes. Locals are frame slots (Int, Bool and Float
 * unboxed in a long array, references in an object array; local {@code i} uses slot {@code i}),
 * calls go through {@link org.tlang.interp.FunctionCell}s grouped per module in
 * {@link org.tlang.interp.LinkGroup}s, statics live in {@link org.tlang.interp.StaticCell}s. A T
 * panic is a {@link org.tlang.interp.PanicException} carrying the T stack trace.
 *
 * <p>Runtime representation of T values, shared by every tier and by native modules:
 * <table>
 * <caption>T type to JVM value</caption>
 * <tr><td>Int</td><td>{@code long} / {@link java.lang.Long}</td></tr>
 * <tr><td>Float</td><td>{@code double} / {@link java.lang.Double}</td></tr>
 * <tr><td>Bool</td><td>{@code boolean} / {@link java.lang.Boolean} (0/1 in a long frame slot)</td></tr>
 * <tr><td>Str</td><td>{@link java.lang.String}</td></tr>
 * <tr><td>()</td><td>{@link org.tlang.interp.Unit#VALUE}</td></tr>
 * <tr><td>Bytes</td><td>{@link org.tlang.interp.Bytes}</td></tr>
 * <tr><td>Vec&lt;T&gt;</td><td>{@link Vec}: unboxed storage for Int, Float and Bool elements</td></tr>
 * <tr><td>Map&lt;K, V&gt;</td><td>{@link java.util.LinkedHashMap}</td></tr>
 * <tr><td>Set&lt;T&gt;</td><td>{@link java.util.LinkedHashSet}</td></tr>
 * <tr><td>tuples</td><td>{@link org.tlang.interp.Tuple}</td></tr>
 * <tr><td>structs</td><td>{@link org.tlang.interp.StructValue}: a class per {@link org.tlang.interp.StructLayout}, Int, Float and Bool fields unboxed</td></tr>
 * <tr><td>enums, Option, Result</td><td>{@link org.tlang.interp.EnumValue} (variant by declaration order;
 *     {@code EnumValue.some/NONE/ok/err})</td></tr>
 * <tr><td>fn types</td><td>{@link org.tlang.interp.FnValue}</td></tr>
 * <tr><td>Task&lt;T&gt;</td><td>{@link org.tlang.spi.scheduler.Task}</td></tr>
 * <tr><td>Sender / Receiver</td><td>{@link org.tlang.interp.Channel.Sender} / {@link org.tlang.interp.Channel.Receiver}</td></tr>
 * </table>
 * Values of a generic type parameter are always boxed.
 */
package org.tlang.interp;
