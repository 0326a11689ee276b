package org.tlang.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.osgi.framework.Bundle;

/**
 * Reads the settings an implementation takes from its bundle's metatype
 * ({@code OSGI-INF/metatype/ID.xml}, which bnd writes from the {@code @ObjectClassDefinition} of
 * its component's configuration): the one place where a setting's type, range and meaning are
 * declared. The kernel reads the standard XML itself, only for an implementation whose settings a
 * profile gives or a check shows, rather than run the metatype service (two more bundles, and a
 * scan of every bundle, on every start).
 */
final class Metatype {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    private Metatype() {}

    /** The attribute definitions of object class {@code ocd} in {@code bundle}, in declared order. */
    static Map<String, Setting> read(Bundle bundle, String ocd) {
        URL entry = bundle.getEntry("OSGI-INF/metatype/" + ocd + ".xml");
        if (entry == null) throw new IllegalStateException("bundle " + bundle.getSymbolicName() + " has no metatype " + ocd);
        Map<String, Setting> settings = new LinkedHashMap<>();
        try (InputStream in = entry.openStream()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            boolean inOcd = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("OCD")) {
                    inOcd = ocd.equals(xml.getAttributeValue(null, "id"));
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("OCD")) {
                    inOcd = false;
                } else if (inOcd && event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("AD")) {
                    String id = xml.getAttributeValue(null, "id");
                    settings.put(id, new Setting(id, type(xml.getAttributeValue(null, "type"), xml.getAttributeValue(null, "cardinality")), number(xml.getAttributeValue(null, "min")),
                            number(xml.getAttributeValue(null, "max")), xml.getAttributeValue(null, "description")));
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("bundle " + bundle.getSymbolicName() + ": metatype " + ocd + " is unreadable: " + e.getMessage(), e);
        }
        return settings;
    }

    private static SettingType type(String type, String cardinality) {
        boolean many = cardinality != null && !cardinality.isBlank() && !cardinality.trim().equals("0");
        if (many) return "String".equals(type) || type == null ? SettingType.LIST : SettingType.ANY;
        return switch (type == null ? "String" : type) {
            case "Integer", "Short", "Byte" -> SettingType.INT;
            case "Long" -> SettingType.LONG;
            case "Boolean" -> SettingType.BOOL;
            case "String", "Char" -> SettingType.STRING;
            default -> SettingType.ANY;
        };
    }

    private static Long number(String v) {
        return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
    }
}
