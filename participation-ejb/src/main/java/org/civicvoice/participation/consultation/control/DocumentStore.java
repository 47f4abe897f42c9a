package org.civicvoice.participation.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The files of consultation documents: each lies in the files folder ({@code participation.files-dir}, outside the
 * database and the web root) under a random key, so no name typed by anyone becomes a path.
 */
@Dependent
public class DocumentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "participation.files-dir", defaultValue = ".run/files")
    String filesDir;

    /** Writes the bytes under a new random key and answers the key. */
    public String store(byte[] content) {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String storedKey = HexFormat.of().formatHex(key);
        Path file = file(storedKey);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedKey;
    }

    /** The file stored under a key. */
    public Path file(String storedKey) {
        return Path.of(filesDir).toAbsolutePath().resolve("consultation").resolve(storedKey);
    }

    public void delete(String storedKey) {
        try {
            Files.deleteIfExists(file(storedKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the bytes in hex, for the download's ETag and for checking a file against its row. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
