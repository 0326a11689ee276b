package org.tlang.scheduler.deterministic;

/** Run in a JVM without {@code --add-opens java.base/java.lang=ALL-UNNAMED}: prints why the scheduler refuses to start. */
public final class RefusedAccess {
    private RefusedAccess() {}

    public static void main(String[] args) {
        try {
            new DeterministicScheduler().deactivate();
            System.out.print("started");
        } catch (IllegalStateException e) {
            System.out.print(e.getMessage());
        }
    }
}
