package org.civicvoice.participation.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The interface bundle of every page, mail preview and faces message: the texts of each feature, kept in that
 * feature's own {@code org/civicvoice/participation/<feature>/web/messages[_km].properties}, read as one. A key
 * missing in Khmer falls back to English through the parent bundle, as with a plain properties bundle.
 */
public class InterfaceTexts extends ResourceBundle {

    /** The features with interface texts; a feature without a bundle file of a language is skipped. */
    static final List<String> FEATURES = List.of("platform", "identity", "organisation", "petition", "routing",
            "parliament", "proposal", "consultation", "lawtext", "budget");

    private final Map<String, Object> texts;

    public InterfaceTexts() {
        this("");
    }

    protected InterfaceTexts(String suffix) {
        Map<String, Object> merged = new HashMap<>();
        for (String feature : FEATURES) {
            String file = "org/civicvoice/participation/" + feature + "/web/messages" + suffix + ".properties";
            try (InputStream in = InterfaceTexts.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.forEach((key, value) -> merged.put((String) key, value));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        this.texts = Map.copyOf(merged);
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new HashSet<>(texts.keySet());
        if (parent != null) {
            parent.getKeys().asIterator().forEachRemaining(keys::add);
        }
        return Collections.enumeration(keys);
    }
}
