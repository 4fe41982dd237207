package org.involveportal.web.cache;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of the files under {@code /static/}: links carry {@code ?v=} and the first hex digits of
 * the file's SHA-256, so a file can be cached for a year and a changed file gets a new address.
 * The WAR's files do not change while it runs, so each is hashed once.
 */
public final class StaticFiles {

    public static final String VERSION_PARAMETER = "v";

    private static final Map<String, Optional<String>> VERSIONS = new ConcurrentHashMap<>();

    private StaticFiles() {
    }

    /** The file's address with its fingerprint, e.g. {@code /static/css/portal.css?v=1a2b3c4d5e6f}; as given if there is no such file. */
    public static String versioned(ServletContext context, String path) {
        return versionOf(context, path).map(version -> context.getContextPath() + path + "?" + VERSION_PARAMETER + "=" + version)
                .orElse(context.getContextPath() + path);
    }

    /** The fingerprint of the file at this path (from the context root), if there is such a file. */
    static Optional<String> versionOf(ServletContext context, String path) {
        if (path == null || !path.startsWith("/static/")) {
            return Optional.empty();
        }
        return VERSIONS.computeIfAbsent(path, file -> hash(context, file));
    }

    private static Optional<String> hash(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
