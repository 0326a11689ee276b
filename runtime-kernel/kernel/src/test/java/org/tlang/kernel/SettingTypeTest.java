package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tlang.api.ProfileException;

/** A list setting ({@code [cluster] members = [..]}) takes a TOML list of strings, and nothing else. */
class SettingTypeTest {

    @Test
    void aListTakesAListAndRefusesAStringNamingTheKey() throws ProfileException {
        SettingType.LIST.check("p.toml", "cluster.members", new String[] {"127.0.0.1:5701"});
        ProfileException e = assertThrows(ProfileException.class, () -> SettingType.LIST.check("p.toml", "cluster.members", "127.0.0.1:5701"));
        assertEquals("profile p.toml: 'cluster.members' must be a list of strings, not \"127.0.0.1:5701\"", e.getMessage());
    }
}
