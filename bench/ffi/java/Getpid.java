import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

public class Getpid {
    static final MethodHandle GETPID = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("getpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));

    static long pids(long n) throws Throwable {
        long sum = 0;
        for (long i = 0; i < n; i++) if ((int) GETPID.invokeExact() > 0) sum = Math.addExact(sum, 1);
        return sum;
    }

    public static void main(String[] args) throws Throwable {
        long n = Long.parseLong(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long sum = pids(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(sum);
        }
    }
}
