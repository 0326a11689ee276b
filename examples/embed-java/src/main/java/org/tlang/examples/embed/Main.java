package org.tlang.examples.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.Limits;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.embed.Tlang;

/** Boots the runtime, calls the T functions of t/inventory.t with Java values, prints what comes back. */
public final class Main {
    public static void main(String[] args) {
        // the distribution is found through -Dtlang.home (the pom sets it) or $TLANG_HOME
        try (Tlang tlang = Tlang.start();
             Context context = tlang.runtime().context(ContextOptions.of(Path.of("t")).limitedTo(new Limits(1_000, 0)))) {
            Value items = Value.from(List.of(
                    Map.of("name", "bolt", "price", 0.25, "count", 100),
                    Map.of("name", "nut", "price", 0.1, "count", 250)));

            System.out.println("total = " + context.execute("inventory", "total", items).asDouble());
            System.out.println("cheapest = " + context.execute("inventory", "cheapest", items).toJava());

            Value bolt = items.asList().getFirst();
            Value restocked = context.execute("inventory", "restock", bolt, Value.of(50));
            System.out.println("restocked = " + restocked.show() + " as Java " + restocked.toJava());

            try {
                context.execute("inventory", "take", bolt, Value.of(1_000));
            } catch (TlangException e) {
                System.out.print(e.rendered());
            }
            try {
                context.execute("inventory", "total", Value.of("not a list"));
            } catch (TlangException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
