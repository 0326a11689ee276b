package org.tlang.runtime;

import java.util.List;

/** The runtime descriptor of an enum type; Option and Result have fixed ones. */
public record EnumShape(String name, List<String> variants) {
    public static final EnumShape OPTION = new EnumShape("Option", List.of("None", "Some"));
    public static final EnumShape RESULT = new EnumShape("Result", List.of("Ok", "Err"));
    public static final int NONE = 0;
    public static final int SOME = 1;
    public static final int OK = 0;
    public static final int ERR = 1;
}
