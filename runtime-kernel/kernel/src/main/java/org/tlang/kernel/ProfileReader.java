package org.tlang.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.osgi.framework.VersionRange;
import org.tlang.api.ProfileException;
import org.tlang.sandbox.Sandbox;
import org.tlang.sandbox.SandboxTable;
import org.tlang.spi.Subsystems;
import org.tlang.spi.log.LogSettings;

/**
 * Reads a profile and checks it against what is installed. Every error names the profile and the
 * key: an unknown table or key, an implementation no bundle offers, a setting it does not take.
 */
final class ProfileReader {
    static final String RUNTIME = "runtime";
    static final String SANDBOX = "sandbox";
    static final String LOG = "log";
    static final String SHUTDOWN = "shutdown";
    static final String IMPL = "impl";
    /** A kind's optional version range: the highest installed version of the implementation in it is taken. */
    static final String VERSION = "version";
    private static final Set<String> RUNTIME_KEYS = Set.of("swap-deadline-ms", "start-timeout-ms");
    private static final String DRAIN_MS = "drain-ms";
    private static final Set<String> REQUIRED = Set.of(Subsystems.SCHEDULER);
    /**
     * Tables of std module settings and the keys each takes (positive integers, but for the
     * {@link #TEXT_KEYS}). The kernel hands table {@code t} to the module's component as
     * configuration {@code org.tlang.std.t}.
     */
    static final Map<String, Set<String>> MODULES = Map.of("http", Set.of("request-timeout-ms", "ca-file"));
    /** Module settings whose value is a non-empty string (a path, say), as {@code table.key}. */
    static final Set<String> TEXT_KEYS = Set.of("http.ca-file");

    /**
     * Made on a thread of its own from construction on, and given an empty profile to read there (which
     * loads and initialises its parser's classes): Jackson's classes take 20-30 ms to load and
     * initialise, which the kernel's activation (and so the boot) need not wait for; the first
     * {@link #read} waits for it.
     */
    private final FutureTask<TomlMapper> toml = new FutureTask<>(ProfileReader::mapper);
    private final SubsystemCatalog catalog;

    ProfileReader(SubsystemCatalog catalog) {
        this.catalog = catalog;
        Thread.ofPlatform().name("tlang-profile-reader").daemon().start(toml);
    }

    private static TomlMapper mapper() {
        TomlMapper mapper = new TomlMapper();
        try {
            mapper.readTree("");
        } catch (JacksonException e) {
            // only a warm-up: a real profile's errors are reported by read
        }
        return mapper;
    }

    private TomlMapper toml() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return toml.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the whole profile and reports every error in it, one line each, not only the first.
     *
     * @param overrides implementations chosen instead of the profile's, by kind (with default
     *                  settings); an error in one names the option, {@code --tier}
     */
    Profile read(String text, String origin, Map<String, String> overrides) throws ProfileException {
        JsonNode root;
        try {
            root = toml().readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ProfileException("profile " + where + ": " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        Duration swapDeadline = Duration.ofSeconds(10);
        Duration startTimeout = Duration.ofSeconds(10);
        Duration drain = Duration.ofSeconds(10);
        Map<String, Profile.Choice> choices = new LinkedHashMap<>();
        Map<String, Map<String, Object>> modules = new LinkedHashMap<>();
        for (String module : MODULES.keySet()) modules.put(module, new LinkedHashMap<>());
        Sandbox sandbox = Sandbox.DEFAULT;
        LogSettings log = LogSettings.DEFAULT;
        for (Map.Entry<String, JsonNode> table : root.properties()) {
            String name = table.getKey();
            JsonNode body = table.getValue();
            if (!body.isObject()) {
                problems.add(message(origin, "'" + name + "' must be a table ([" + name + "])"));
            } else if (name.equals(RUNTIME)) {
                for (Map.Entry<String, JsonNode> e : body.properties()) {
                    if (!RUNTIME_KEYS.contains(e.getKey())) {
                        problems.add(message(origin, "unknown key 'runtime." + e.getKey() + "' (known: " + String.join(", ", RUNTIME_KEYS.stream().sorted().toList()) + ")"));
                        continue;
                    }
                    try {
                        Duration d = Duration.ofMillis(positiveLong(origin, "runtime." + e.getKey(), e.getValue()));
                        if (e.getKey().equals("swap-deadline-ms")) swapDeadline = d; else startTimeout = d;
                    } catch (ProfileException x) {
                        problems.add(x.getMessage());
                    }
                }
            } else if (name.equals(SHUTDOWN)) {
                for (Map.Entry<String, JsonNode> e : body.properties()) {
                    if (!e.getKey().equals(DRAIN_MS)) {
                        problems.add(message(origin, "unknown key 'shutdown." + e.getKey() + "' (known: " + DRAIN_MS + ")"));
                        continue;
                    }
                    try {
                        drain = Duration.ofMillis(positiveLong(origin, "shutdown." + DRAIN_MS, e.getValue()));
                    } catch (ProfileException x) {
                        problems.add(x.getMessage());
                    }
                }
            } else if (name.equals(SANDBOX)) {
                sandbox = SandboxTable.read(body, p -> problems.add(message(origin, p)));
            } else if (name.equals(LOG)) {
                log = LogTable.read(body, p -> problems.add(message(origin, p)));
            } else if (Subsystems.KINDS.contains(name)) {
                try {
                    choices.put(name, choice(origin, name, body));
                } catch (ProfileException x) {
                    problems.add(x.getMessage());
                }
            } else if (MODULES.containsKey(name)) {
                Set<String> known = MODULES.get(name);
                for (Map.Entry<String, JsonNode> e : body.properties()) {
                    if (!known.contains(e.getKey())) {
                        problems.add(message(origin, "unknown key '" + name + "." + e.getKey() + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
                        continue;
                    }
                    String key = name + "." + e.getKey();
                    if (TEXT_KEYS.contains(key)) {
                        if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                            problems.add(message(origin, "'" + key + "' must be a non-empty string"));
                        } else {
                            modules.get(name).put(e.getKey(), e.getValue().asText());
                        }
                    } else {
                        try {
                            modules.get(name).put(e.getKey(), positiveLong(origin, key, e.getValue()));
                        } catch (ProfileException x) {
                            problems.add(x.getMessage());
                        }
                    }
                }
            } else {
                problems.add(message(origin, "unknown table '[" + name + "]' (known: runtime, shutdown, sandbox, log, " + String.join(", ", Subsystems.KINDS) + ", "
                        + String.join(", ", MODULES.keySet().stream().sorted().toList()) + ")"));
            }
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!Subsystems.KINDS.contains(o.getKey())) {
                problems.add(message("--" + o.getKey(), "unknown subsystem kind '" + o.getKey() + "' (known: " + String.join(", ", Subsystems.KINDS) + ")"));
                continue;
            }
            try {
                choices.put(o.getKey(), choice("--" + o.getKey(), o.getKey(), o.getValue(), null, Map.of()));
            } catch (ProfileException x) {
                problems.add(x.getMessage());
            }
        }
        for (String kind : REQUIRED) {
            if (!choices.containsKey(kind) && !root.has(kind)) problems.add(message(origin, "missing table '[" + kind + "]' with its 'impl'"));
        }
        Map<String, SubsystemOffer> chosen = new LinkedHashMap<>();
        choices.forEach((kind, c) -> chosen.put(kind, c.offer()));
        for (String conflict : Conflicts.among(chosen)) problems.add(message(origin, conflict));
        if (!problems.isEmpty()) throw new ProfileException(String.join("\n", problems));
        Map<String, Profile.Choice> ordered = new LinkedHashMap<>();
        for (String kind : Subsystems.KINDS) {
            if (choices.containsKey(kind)) ordered.put(kind, choices.get(kind));
        }
        return new Profile(ordered, swapDeadline, startTimeout, drain, modules, sandbox, log, text, Map.copyOf(overrides));
    }

    /**
     * Checks one subsystem choice against the catalog (also used by live swaps): the implementation
     * is installed, at a version in {@code versions} (null: any; the highest that fits is taken), and
     * takes each setting with a value of its type. Every error, one line each.
     */
    Profile.Choice choice(String origin, String kind, String impl, String versions, Map<String, Object> settings) throws ProfileException {
        VersionRange range;
        try {
            range = versions == null ? null : VersionRange.valueOf(versions);
        } catch (IllegalArgumentException e) {
            throw error(origin, "'" + kind + ".version' = \"" + versions + "\" is not a version range (\"[1.0,2)\", \"1.2\" for 1.2 and up)");
        }
        Optional<SubsystemOffer> offer = catalog.offers(kind).stream()
                .filter(o -> o.name().equals(impl) && (range == null || range.includes(o.version()))).findFirst();
        if (offer.isEmpty() && range != null && catalog.find(kind, impl).isPresent()) {
            throw error(origin, "no version of " + kind + " '" + impl + "' in '" + kind + ".version' = \"" + versions + "\" (installed: "
                    + String.join(", ", catalog.offers(kind).stream().filter(o -> o.name().equals(impl)).map(o -> o.version().toString()).toList()) + ")");
        }
        if (offer.isEmpty()) {
            throw error(origin, "unknown implementation '" + impl + "' for '" + kind + "." + IMPL + "' (available: " + catalog.available(kind) + ")");
        }
        Map<String, Setting> known = settings.isEmpty() ? Map.of() : offer.get().settings();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            Setting type = known.get(setting.getKey());
            try {
                if (type == null) {
                    throw error(origin, "unknown key '" + kind + "." + setting.getKey() + "': " + kind + " '" + impl + "' takes "
                            + (known.isEmpty() ? "no settings" : String.join(", ", known.keySet())));
                }
                type.check(origin, kind + "." + setting.getKey(), setting.getValue());
            } catch (ProfileException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new ProfileException(String.join("\n", problems));
        return new Profile.Choice(kind, impl, settings, offer.get());
    }

    private Profile.Choice choice(String origin, String kind, JsonNode body) throws ProfileException {
        JsonNode impl = body.get(IMPL);
        if (impl == null || !impl.isTextual()) {
            throw error(origin, "'" + kind + "." + IMPL + "' must name an implementation (available: " + catalog.available(kind) + ")");
        }
        JsonNode version = body.get(VERSION);
        if (version != null && !version.isTextual()) throw error(origin, "'" + kind + "." + VERSION + "' must be a string, a version range such as \"[1.0,2)\"");
        Map<String, Object> settings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (e.getKey().equals(IMPL) || e.getKey().equals(VERSION)) continue;
            try {
                settings.put(e.getKey(), value(origin, kind + "." + e.getKey(), e.getValue()));
            } catch (ProfileException x) {
                problems.add(x.getMessage());
            }
        }
        try {
            Profile.Choice choice = choice(origin, kind, impl.asText(), version == null ? null : version.asText(), settings);
            if (problems.isEmpty()) return choice;
        } catch (ProfileException x) {
            problems.add(x.getMessage());
        }
        throw new ProfileException(String.join("\n", problems));
    }

    private static Object value(String origin, String key, JsonNode v) throws ProfileException {
        if (v.isIntegralNumber() && !v.canConvertToLong()) throw error(origin, "'" + key + "' = " + v.asText() + " is too big for any setting");
        if (v.isIntegralNumber()) return v.asLong();
        if (v.isFloatingPointNumber()) return v.asDouble();
        if (v.isBoolean()) return v.asBoolean();
        if (v.isTextual()) return v.asText();
        if (v.isArray()) {
            String[] items = new String[v.size()];
            for (int i = 0; i < items.length; i++) {
                if (!v.get(i).isValueNode()) throw error(origin, "'" + key + "' must be a list of plain values");
                items[i] = v.get(i).asText();
            }
            return items;
        }
        throw error(origin, "'" + key + "' must be a number, boolean, string or list");
    }

    private static long positiveLong(String origin, String key, JsonNode v) throws ProfileException {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() <= 0) throw error(origin, "'" + key + "' must be a positive integer, not " + v);
        return v.asLong();
    }

    static ProfileException error(String origin, String message) {
        return new ProfileException(message(origin, message));
    }

    private static String message(String origin, String message) {
        return "profile " + origin + ": " + message;
    }
}
