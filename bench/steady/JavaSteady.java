import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The Java side of steady state: runs CLASS.main(ARG) RUNS times in one JVM, median of the last half. */
public class JavaSteady {
    public static void main(String[] a) throws Exception {
        var main = Class.forName(a[0]).getMethod("main", String[].class);
        int runs = Integer.parseInt(a[2]);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            System.setErr(new PrintStream(err));
            main.invoke(null, (Object) new String[] {a[1]});
            System.setOut(realOut);
            System.setErr(realErr);
            times.add(Long.parseLong(err.toString().lines().filter(l -> l.startsWith("ms ")).reduce((x, y) -> y).orElseThrow().substring(3).trim()));
        }
        List<Long> last = new ArrayList<>(times.subList(runs / 2, runs));
        Collections.sort(last);
        System.out.println("runs " + times + " steady " + last.get(last.size() / 2));
    }
}
