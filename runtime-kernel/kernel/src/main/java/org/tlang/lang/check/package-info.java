/**
 * Name resolution and static type checking with unification-based inference. The checker keeps
 * its findings in side tables ({@link org.tlang.lang.check.Typing}) keyed by syntax node identity
 * and publishes each module's {@link org.tlang.lang.check.ModuleInterface}, against which later
 * versions and dependents are checked.
 */
package org.tlang.lang.check;
