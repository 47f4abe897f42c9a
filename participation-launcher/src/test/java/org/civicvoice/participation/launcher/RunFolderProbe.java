package org.civicvoice.participation.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A JVM started like the launcher: keeps its temporary files in the run folder, starts the embedded MariaDB from
 * it, then writes one row ({@code write}) or prints how many rows there are ({@code read}), and stops.
 */
public final class RunFolderProbe {

    private RunFolderProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Launcher.keepTemporaryFilesIn(home);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"), port)) {
            db.createDatabase("probe");
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl("probe"), "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS kept (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(40))");
                if ("write".equals(args[2])) {
                    statement.executeUpdate("INSERT INTO kept (note) VALUES ('written before the restart')");
                }
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM kept")) {
                    rows.next();
                    System.out.println("rows=" + rows.getInt(1));
                }
            }
        }
    }
}
