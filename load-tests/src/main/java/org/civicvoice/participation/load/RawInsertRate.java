package org.civicvoice.participation.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The database's own ceiling on this machine: durable single-row INSERTs with a unique key, one commit each, from
 * as many connections as the benchmark had writers, into a scratch database that is dropped afterwards. A
 * signature cannot be taken faster than one such commit, so signatures/s ÷ this rate shows how much of the
 * ceiling the platform reaches.
 */
final class RawInsertRate {

    static final String SCRATCH = "bench_scratch";
    static final String CREATE_TABLE = "CREATE TABLE " + SCRATCH + ".raw_insert ("
            + "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, k CHAR(36) NOT NULL, created_at DATETIME(6) NOT NULL, "
            + "UNIQUE KEY uq_raw_insert_k (k)) ENGINE = InnoDB";
    static final String INSERT = "INSERT INTO " + SCRATCH + ".raw_insert (k, created_at) VALUES (?, NOW(6))";

    record Result(long inserts, double seconds, String flushLogAtCommit, String syncBinlog, String logBin) {

        double perSecond() {
            return seconds <= 0 ? 0 : inserts / seconds;
        }
    }

    private RawInsertRate() {
    }

    static Result measure(String url, String user, String password, int threads, int seconds) throws Exception {
        String flush;
        String syncBinlog;
        String logBin;
        try (Connection db = DriverManager.getConnection(url, user, password);
             Statement statement = db.createStatement()) {
            try (ResultSet settings = statement.executeQuery(
                    "SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin")) {
                settings.next();
                flush = settings.getString(1);
                syncBinlog = settings.getString(2);
                logBin = settings.getString(3);
            }
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH);
            statement.execute(CREATE_TABLE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> insertUntil(url, user, password, deadline)));
            }
            long inserts = 0;
            for (Future<Long> count : counts) {
                inserts += count.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(inserts, elapsed, flush, syncBinlog, logBin);
        } finally {
            pool.shutdownNow();
            try (Connection db = DriverManager.getConnection(url, user, password);
                 Statement statement = db.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    private static long insertUntil(String url, String user, String password, long deadline) throws SQLException {
        long inserts = 0;
        try (Connection db = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = db.prepareStatement(INSERT)) {
            db.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.executeUpdate();
                inserts++;
            }
        }
        return inserts;
    }
}
