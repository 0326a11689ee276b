/**
 * Code of one package run in a process of its own ({@code [sandbox.NAME] isolation = "process"}):
 * the frames a host and that process exchange over the child's standard streams ({@link Frames}),
 * the child's side that serves the calls from a {@link org.tlang.api.Context} ({@link PackageServer})
 * and the host's side that makes them ({@link PackageClient}). Shared by the kernel bundle (the
 * host) and the launcher (the child), which is why it is in the API bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.isolation;
