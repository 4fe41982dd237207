package org.involveportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.testsupport.EmbeddedPortal;

/**
 * What the benchmarks share: a work folder ({@code bench.work.dir}), portals of their own on a database
 * of their own, the figures they record and the report they print and keep, and the SQL and HTTP
 * plumbing they both use.
 */
final class BenchmarkRun {

    final Path workDir = Path.of(System.getProperty("bench.work.dir", "target/bench"));
    private final Map<String, String> results = new LinkedHashMap<>();

    /** An empty data folder of this name in the work folder: each benchmark measures its own database. */
    Path freshDataDir(String name) throws IOException {
        Path dataDir = workDir.resolve(name);
        deleteRecursively(dataDir);
        Files.createDirectories(workDir);
        return dataDir;
    }

    /** A portal as the run command starts it, with this WAR, data folder, demo data or not, environment and log. */
    EmbeddedPortal.Settings portal(Path war, Path dataDir, boolean demoData, Map<String, String> environment, String logName) {
        var base = EmbeddedPortal.Settings.fromSystemProperties();
        return new EmbeddedPortal.Settings(war == null ? base.war() : war, base.payaraMicroJar(), base.postBootCommands(),
                dataDir, 0, 0, demoData, environment, workDir.resolve(logName));
    }

    Path builtWar() {
        return EmbeddedPortal.Settings.fromSystemProperties().war();
    }

    void record(String what, String figure) {
        results.put(what, figure);
    }

    /** Prints the figures under {@code heading} and keeps them in {@code fileName} in the work folder. */
    void report(String heading, String fileName) throws IOException {
        int width = results.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        var report = new StringBuilder("\n" + heading + ", " + Runtime.getRuntime().availableProcessors() + " cores\n");
        results.forEach((what, figure) -> report.append(String.format("  %-" + width + "s %s%n", what, figure)));
        System.out.println(report);
        Files.writeString(workDir.resolve(fileName), report);
    }

    // ---- plumbing ----

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int p) {
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A form posted as a browser posts it from the portal's own pages. */
    static HttpResponse<Void> post(HttpClient client, String url, String form, String origin)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    static String origin(EmbeddedPortal portal) {
        return portal.baseUrl().replaceAll("/$", "");
    }

    /** Adds a row to a multi-row insert's values. */
    static void append(StringBuilder rows, String row) {
        if (!rows.isEmpty()) {
            rows.append(',');
        }
        rows.append(row);
    }

    static long count(EmbeddedPortal portal, String sql) throws SQLException {
        try (var connection = portal.connectToDatabase()) {
            return single(connection, sql);
        }
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A server's heap in use after a full collection, in bytes, from jcmd (the JDK's own tool). */
    static long heapAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return heapUsed(pid);
    }

    /** A server's heap in use now, in bytes, from jcmd. */
    static long heapUsed(long pid) throws IOException, InterruptedException {
        // one line for G1's heap, one per generation for the serial and parallel collectors
        var used = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        long kilobytes = 0;
        boolean found = false;
        while (used.find()) {
            kilobytes += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("jcmd gave no heap figure");
        }
        return kilobytes * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid),
                command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
