package org.civicvoice.participation.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the local run needs, from its arguments and the environment, with defaults for a laptop. */
record LaunchSettings(Path home, Path war, Path microJar, int httpPort, int embeddedDbPort,
                      Optional<String> externalDbUrl, String dbUser, String dbPassword, String heap,
                      Optional<String> externalMailHost, int mailPort) {

    static LaunchSettings from(String[] args, Map<String, String> env) {
        Path home = Path.of(".run");
        Path war = Path.of("participation-web/target/participation.war");
        Path micro = Path.of("participation-launcher/target/payara-micro.jar");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(required(args[i], value));
                case "--war" -> war = Path.of(required(args[i], value));
                case "--micro" -> micro = Path.of(required(args[i], value));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (known: --home DIR, --war FILE, --micro FILE)");
            }
            i++;
        }
        String dbUrl = env.getOrDefault("PARTICIPATION_DB_URL", "").trim();
        return new LaunchSettings(home.toAbsolutePath(), war.toAbsolutePath(), micro.toAbsolutePath(),
                port(env, "PARTICIPATION_HTTP_PORT", 8080),
                port(env, "PARTICIPATION_EMBEDDED_DB_PORT", 3307),
                dbUrl.isEmpty() ? Optional.empty() : Optional.of(dbUrl),
                env.getOrDefault("PARTICIPATION_DB_USER", "root"),
                env.getOrDefault("PARTICIPATION_DB_PASSWORD", ""),
                env.getOrDefault("PARTICIPATION_HEAP", "512m"),
                Optional.ofNullable(env.get("PARTICIPATION_MAIL_HOST")).filter(h -> !h.isBlank()),
                port(env, "PARTICIPATION_DEV_MAIL_PORT", 3025));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }
}
