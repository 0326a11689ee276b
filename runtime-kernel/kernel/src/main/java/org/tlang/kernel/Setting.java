package org.tlang.kernel;

import org.tlang.api.ProfileException;

/**
 * One setting of a subsystem implementation, as the attribute definition of its metatype declares
 * it: type, range and what it means. A profile, a swap or an apply that gives it a value of another
 * type or outside the range is an error naming the key, and nothing starts.
 *
 * @param min the smallest value of a number, or null
 * @param max the largest value of a number, or null
 */
record Setting(String name, SettingType type, Long min, Long max, String description) {

    void check(String origin, String key, Object value) throws ProfileException {
        type.check(origin, key, value);
        if (!(value instanceof Long n)) return;
        if ((min != null && n < min) || (max != null && n > max)) {
            throw ProfileReader.error(origin, "'" + key + "' must be " + range() + ", got " + n);
        }
    }

    private String range() {
        if (min != null && max != null) return "between " + min + " and " + max;
        return min != null ? min + " or more" : max + " or less";
    }
}
