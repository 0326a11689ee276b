/**
 * Profiles of running T code: JFR samples read as T stacks ({@link org.tlang.profile.Stacks}) and
 * drawn as flamegraphs; used by {@code tlang profile} and {@code tlang admin profile}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.profile;
