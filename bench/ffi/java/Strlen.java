import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

public class Strlen {
    static final MethodHandle STRLEN = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("strlen").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));

    // the same work as the T program: a NUL-terminated copy of the string in a confined arena per call
    static long lengths(long n, String s) throws Throwable {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            try (Arena arena = Arena.ofConfined()) {
                sum = Math.addExact(sum, (long) STRLEN.invokeExact(arena.allocateFrom(s)));
            }
        }
        return sum;
    }

    public static void main(String[] args) throws Throwable {
        long n = Long.parseLong(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long sum = lengths(n, "a string of some length");
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(sum);
        }
    }
}
