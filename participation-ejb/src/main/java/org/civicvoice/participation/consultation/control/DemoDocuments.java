package org.civicvoice.participation.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.civicvoice.participation.shared.DemoMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Demo content (development mode only, run once by the schema migration after the demo consultations of
 * {@code V12_1}): the open demo draft gets an explanatory memorandum (PDF) and a table of passenger figures (CSV),
 * stored like any attached document, so its page shows documents to download. The files come from the
 * {@code demo/consultation} resources and are checked by content like an upload.
 */
@Dependent
public class DemoDocuments extends DemoMigration {

    private static final String CONSULTATION = "Draft Public Transport Act";
    private static final Instant ATTACHED = Instant.parse("2026-11-12T09:30:00Z");

    /** One demo document: its resource (also its download name) and title. */
    private record Demo(String name, String title) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("explanatory-memorandum.pdf", "Explanatory memorandum"),
            new Demo("passenger-journeys-2025.csv", "Passenger journeys by region, 2019 and 2025"));

    @Inject
    DocumentStore store;

    public DemoDocuments() {
        super("14.1", "consultation documents demo");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long consultation;
        long author;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id, created_by_id FROM con_consultation WHERE title = ? ORDER BY id DESC LIMIT 1")) {
            find.setString(1, CONSULTATION);
            try (ResultSet found = find.executeQuery()) {
                if (!found.next()) {
                    return;
                }
                consultation = found.getLong(1);
                author = found.getLong(2);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO con_document (consultation_id, stored_key, download_name, title, content_type, size_bytes,
                                          sha256, created_at, created_by_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Demo demo : DEMOS) {
                byte[] content = read(demo.name());
                DocumentKinds.Kind kind = DocumentKinds.detect(demo.name(), content)
                        .orElseThrow(() -> new IllegalStateException("demo document of no accepted kind: "
                                + demo.name()));
                insert.setLong(1, consultation);
                insert.setString(2, store.store(content));
                insert.setString(3, demo.name());
                insert.setString(4, demo.title());
                insert.setString(5, kind.contentType());
                insert.setLong(6, content.length);
                insert.setString(7, DocumentStore.sha256(content));
                insert.setTimestamp(8, Timestamp.from(ATTACHED));
                insert.setLong(9, author);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/demo/consultation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
