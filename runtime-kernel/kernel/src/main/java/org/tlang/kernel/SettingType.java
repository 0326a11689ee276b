package org.tlang.kernel;

import org.tlang.api.ProfileException;

/**
 * The type a subsystem's metatype declares for one of its settings ({@link Metatype}), checked when
 * a profile or a swap gives the setting, so a wrong value is an error naming the key rather than a
 * failure (or a silently wrapped number) inside the component.
 */
enum SettingType {
    INT("an integer"), LONG("an integer"), BOOL("true or false"), STRING("a string"), LIST("a list of strings"), ANY("a value");

    private final String expected;

    SettingType(String expected) {
        this.expected = expected;
    }

    /** @param value as the profile reader gives it: Long, Double, Boolean, String or String[] */
    void check(String origin, String key, Object value) throws ProfileException {
        boolean ok = switch (this) {
            case INT, LONG -> value instanceof Long;
            case BOOL -> value instanceof Boolean;
            case STRING -> value instanceof String;
            case LIST -> value instanceof String[];
            case ANY -> true;
        };
        if (!ok) throw ProfileReader.error(origin, "'" + key + "' must be " + expected + ", not " + shown(value));
        if (this == INT && (Long) value != ((Long) value).intValue()) {
            throw ProfileReader.error(origin, "'" + key + "' = " + value + " is too big (it must be between "
                    + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ")");
        }
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : value instanceof String[] ? "a list" : String.valueOf(value);
    }
}
