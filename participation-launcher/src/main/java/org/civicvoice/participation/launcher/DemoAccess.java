package org.civicvoice.participation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password of the demo accounts, in development with demo data only: made at the first start, kept in the run
 * folder beside the data it belongs to (never in the repository), handed to the platform, which gives it to the
 * demo account of each role when it loads the demo data, and printed at every start with those accounts.
 */
final class DemoAccess {

    static final String FILE = "demo-password";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    /** Each demo account and what it shows, as the console lists them. */
    static final List<String> ACCOUNTS = List.of(
            "citizen@demo.invalid      a citizen who signed and started petitions",
            "official@demo.invalid     an official of the Ministry of Health (case queue)",
            "approver@demo.invalid     an approver of the Ministry of Health (approves answers)",
            "body-admin@demo.invalid   the administrator of the Ministry of Health (officials, routing)",
            "committee@demo.invalid    a member of the Petitions Committee (hearings, outcomes)",
            "moderator@demo.invalid    a moderator (petitions, proposals and comments to review)",
            "admin@demo.invalid        a platform administrator");

    private DemoAccess() {
    }

    /** The demo password when the platform runs in development with demo data; made and stored on first use. */
    static Optional<String> password(Path home, Map<String, String> env) throws IOException {
        if (!"development".equalsIgnoreCase(env.getOrDefault("PARTICIPATION_MODE", ""))
                || !"true".equalsIgnoreCase(env.getOrDefault("PARTICIPATION_DEMO_DATA", ""))) {
            return Optional.empty();
        }
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file).strip();
            if (!kept.isEmpty()) {
                return Optional.of(kept);
            }
        }
        String made = generate(new SecureRandom());
        Files.createDirectories(home);
        Files.writeString(file, made + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the run folder is the user's own either way
        }
        return Optional.of(made);
    }

    static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** What the console prints once the platform is ready. */
    static List<String> announcement(String password) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Demo accounts (development only), each with the password " + password + " :");
        ACCOUNTS.forEach(account -> lines.add("    " + account));
        lines.add("The password is kept in " + FILE + " of the run folder; the accounts get it when the demo data "
                + "is first loaded.");
        return lines;
    }
}
