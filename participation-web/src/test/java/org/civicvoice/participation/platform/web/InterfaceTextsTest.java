package org.civicvoice.participation.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterfaceTextsTest {

    @Test
    void everyFeatureKeyIsReadThroughTheOneBundleInEachLanguage() {
        ResourceBundle english = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH);
        ResourceBundle khmer = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("km"));
        assertEquals("Petitions", english.getString("nav.petitions"));
        assertTrue(english.getString("case.queue.title").length() > 0);
        assertTrue(!khmer.getString("nav.petitions").equals(english.getString("nav.petitions")),
                "the Khmer bundle answers in Khmer");
    }

    @Test
    void eachKeyBelongsToOneFeatureAndHasItsKhmerTwin() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (String feature : InterfaceTexts.FEATURES) {
            Properties english = load(feature, "");
            Properties khmer = load(feature, "_km");
            for (String key : english.stringPropertyNames()) {
                String before = owner.put(key, feature);
                if (before != null) {
                    clashes.add(key + " (" + before + ", " + feature + ")");
                }
                if (!khmer.containsKey(key)) {
                    missing.add(feature + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), clashes, "keys defined by two features");
        assertEquals(Set.of(), missing, "keys without a Khmer text");
    }

    private static Properties load(String feature, String suffix) throws IOException {
        Properties properties = new Properties();
        String file = "org/civicvoice/participation/" + feature + "/web/messages" + suffix + ".properties";
        try (InputStream in = InterfaceTextsTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
