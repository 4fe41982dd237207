package org.involveportal.bench;

import static org.involveportal.bench.BenchmarkRun.append;
import static org.involveportal.bench.BenchmarkRun.count;
import static org.involveportal.bench.BenchmarkRun.post;
import static org.involveportal.bench.BenchmarkRun.single;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.involveportal.response.ResponseTallies;
import org.involveportal.testsupport.EmbeddedPortal;

/**
 * The answering benchmark ({@code mvn -Pbench}), on a machine of its own, with wrk from Debian:
 *
 * <ol>
 *   <li>Seeds {@code bench.responses} (100,000) responses to the demo involvement strategy.</li>
 *   <li>(a) Loads its consultation page, the consultation list and the group directory with wrk at
 *       {@code bench.connections} (64) connections, each followed by the same page's HTML as a static
 *       file from the same server (the upper bound): requests per second, p50/p95/p99 latency and the
 *       page's share of the static file's throughput; then the server's heap after a full GC before
 *       and after those anonymous page views.</li>
 *   <li>(b) Sends complete responses (start, answering as, a question page, contact, send) from as many
 *       concurrent clients, and checks that the stored responses equal the confirmations returned.</li>
 * </ol>
 *
 * The portal is a real Payara Micro with its MariaDB, as the run command starts them; load and
 * server share the machine's cores, so figures are for comparison between runs, not capacity.
 */
public final class ResponseBenchmark {

    private static final String SLUG = "draft-involvement-strategy";
    private static final String WRK_SCRIPT = "src/test/scripts/wrk-percentiles.lua";

    private final int responses = Integer.getInteger("bench.responses", 100_000);
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final int connections = Integer.getInteger("bench.connections", 64);
    private final BenchmarkRun bench = new BenchmarkRun();

    public static void main(String[] args) throws Exception {
        new ResponseBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        requireWrk();
        Path dataDir = bench.freshDataDir("data"); // its own database: the analysis benchmark's stays beside it

        // First start: seed the responses and keep the pages' HTML.
        var pages = new LinkedHashMap<String, String>(); // what is measured -> its address
        pages.put("consultation page", "consultations/" + SLUG);
        pages.put("consultation list", "consultations");
        pages.put("group directory", "groups");
        var html = new LinkedHashMap<String, String>();
        var seeding = bench.portal(null, dataDir, true, Map.of(), "payara-seed.log");
        try (var portal = EmbeddedPortal.start(seeding)) {
            long started = System.nanoTime();
            seed(portal);
            bench.record("seeded responses", String.valueOf(count(portal, "select count(*) from response")));
            bench.record("seeding took (s)", String.format("%.1f", (System.nanoTime() - started) / 1e9));
            for (var page : pages.entrySet()) {
                html.put(page.getKey(), get(portal.baseUrl() + page.getValue()).body());
            }
        }

        // Second start: the same WAR plus each page's HTML as a static file, served by the same server.
        Path war = bench.workDir.resolve("involve-with-static-page.war");
        Files.copy(bench.builtWar(), war, StandardCopyOption.REPLACE_EXISTING);
        try (var zip = FileSystems.newFileSystem(war)) {
            Files.createDirectories(zip.getPath("/static/bench"));
            for (var page : html.entrySet()) {
                Files.writeString(zip.getPath("/static/bench/" + staticName(page.getKey())), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        var measuring = bench.portal(war, dataDir, false, Map.of("PORTAL_LIMITS_EXEMPT_CLIENTS", "127.0.0.1,::1"), // 64 clients from this one address
                "payara-bench.log");
        try (var portal = EmbeddedPortal.start(measuring)) {
            for (var page : pages.entrySet()) { // warm up: compile the hot paths before measuring
                wrk(portal.baseUrl() + page.getValue(), 5);
                wrk(portal.baseUrl() + "static/bench/" + staticName(page.getKey()), 5);
            }
            long heapBefore = heapAfterGc(portal);
            long views = 0;
            for (var page : pages.entrySet()) {
                var dynamic = wrk(portal.baseUrl() + page.getValue(), seconds);
                var asStatic = wrk(portal.baseUrl() + "static/bench/" + staticName(page.getKey()), seconds);
                views += Long.parseLong(dynamic.get("requests"));
                record(page.getKey(), dynamic);
                // the consultation page's line keeps its name from earlier results files
                record(page.getKey().equals("consultation page") ? "same HTML as a static file"
                        : page.getKey() + ": same HTML as a static file", asStatic);
                bench.record(page.getKey() + ": share of the static file", String.format("%.0f%% of its requests per second (%d bytes)",
                        100 * Double.parseDouble(dynamic.get("rps")) / Double.parseDouble(asStatic.get("rps")),
                        html.get(page.getKey()).getBytes(StandardCharsets.UTF_8).length));
            }
            long heapAfter = heapAfterGc(portal);
            bench.record("heap after GC", String.format("%.1f MB before, %.1f MB after %,d anonymous page views (%+.1f MB)",
                    heapBefore / 1e6, heapAfter / 1e6, views, (heapAfter - heapBefore) / 1e6));
            submissions(portal);
        }
        report();
    }

    // ---- seeding ----

    /** Responses in multi-row inserts: agree (one option), ways (one or two), a ranking, a rating, some text. */
    private void seed(EmbeddedPortal portal) throws SQLException {
        try (var connection = portal.connectToDatabase()) {
            connection.setAutoCommit(false);
            long consultationId = single(connection, "select id from consultation where slug = '" + SLUG + "'");
            var questions = new ArrayList<Long>();
            try (var rows = connection.createStatement().executeQuery(
                    "select id from question where consultation_id = " + consultationId + " order by position")) {
                while (rows.next()) {
                    questions.add(rows.getLong(1));
                }
            }
            long firstId = single(connection, "select coalesce(max(id), 0) + 1 from response");
            var random = new Random(42);
            String[] answeringAs = {"SERVICE_USER", "CARER", "ON_BEHALF", "ORGANISATION", "PROFESSIONAL", "OTHER"};
            int batch = 1000;
            for (int from = 0; from < responses; from += batch) {
                var responseRows = new StringBuilder();
                var answerRows = new StringBuilder();
                for (int i = from; i < Math.min(from + batch, responses); i++) {
                    long id = firstId + i;
                    Instant at = Instant.parse("2027-01-05T09:00:00Z").plusSeconds(i * 30L);
                    append(responseRows, "(" + id + "," + consultationId + ",'BM-" + i + "','ONLINE','"
                            + answeringAs[random.nextInt(answeringAs.length)] + "','" + (random.nextInt(10) == 0 ? "cy" : "en")
                            + "','" + at.toString().replace("T", " ").replace("Z", "") + "','NONE')");
                    append(answerRows, "(" + id + "," + questions.get(0) + ",0," + (1 + random.nextInt(4)) + ",null,null)");
                    append(answerRows, "(" + id + "," + questions.get(1) + ",0," + (1 + random.nextInt(2)) + ",null,null)");
                    if (random.nextBoolean()) {
                        append(answerRows, "(" + id + "," + questions.get(1) + ",1," + (3 + random.nextInt(2)) + ",null,null)");
                    }
                    int first = 1 + random.nextInt(3);
                    int second = first % 3 + 1;
                    int third = second % 3 + 1;
                    append(answerRows, "(" + id + "," + questions.get(2) + ",0,1," + first + ",null)");
                    append(answerRows, "(" + id + "," + questions.get(2) + ",1,2," + second + ",null)");
                    append(answerRows, "(" + id + "," + questions.get(2) + ",2,3," + third + ",null)");
                    append(answerRows, "(" + id + "," + questions.get(3) + ",0,null," + (1 + random.nextInt(5)) + ",null)");
                    if (random.nextInt(5) == 0) {
                        append(answerRows, "(" + id + "," + questions.get(4) + ",0,null,null,'We want to hear back about what changed, and sooner.')");
                    }
                }
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("insert into response (id, consultation_id, reference, channel, answering_as, language,"
                            + " submitted_at, contact_way) values " + responseRows);
                    statement.executeUpdate("insert into response_answer (response_id, question_id, position, option_number,"
                            + " number_value, text_value) values " + answerRows);
                }
                connection.commit();
            }
            // counted into the tallies as the portal counts responses written by SQL
            for (String sql : ResponseTallies.rebuild(consultationId)) {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate(sql);
                }
            }
            connection.commit();
        }
    }

    // ---- (a) pages under wrk ----

    private Map<String, String> wrk(String url, int duration) throws IOException, InterruptedException {
        var process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration + "s", "--timeout", "10s",
                "-s", WRK_SCRIPT, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        var figures = new LinkedHashMap<String, String>();
        output.lines().filter(line -> line.matches("[a-z0-9_]+=.*")).forEach(line -> {
            var parts = line.split("=", 2);
            figures.put(parts[0], parts[1]);
        });
        if (!"0".equals(figures.get("errors"))) {
            throw new IllegalStateException("wrk saw errors or non-2xx answers at " + url + ":\n" + output);
        }
        return figures;
    }

    private void record(String what, Map<String, String> figures) {
        bench.record(what, String.format("%s req/s, p50 %s ms, p95 %s ms, p99 %s ms (%s requests)",
                figures.get("rps"), figures.get("p50_ms"), figures.get("p95_ms"), figures.get("p99_ms"), figures.get("requests")));
    }

    // ---- (b) complete responses under load ----

    private void submissions(EmbeddedPortal portal) throws Exception {
        var questions = new ArrayList<Long>();
        try (var connection = portal.connectToDatabase();
             var rows = connection.createStatement().executeQuery("select q.id from question q join consultation c"
                     + " on c.id = q.consultation_id where c.slug = '" + SLUG + "' order by q.position")) {
            while (rows.next()) {
                questions.add(rows.getLong(1));
            }
        }
        long before = count(portal, "select count(*) from response");
        // HTTP/1.1, as browsers speak to a server without TLS: the client's default (HTTP/2 by upgrade) sends
        // every client's requests down a few shared connections, and measured their flow control instead
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(8)).build();
        String origin = portal.baseUrl().replaceAll("/$", "");
        var confirmations = new AtomicLong();
        var confirmedInWindow = new AtomicLong();
        var failures = new java.util.concurrent.ConcurrentHashMap<String, AtomicLong>();
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        String failure = respond(client, portal.baseUrl(), origin, questions);
                        if (failure == null) {
                            confirmations.incrementAndGet();
                            if (System.nanoTime() <= end) {
                                confirmedInWindow.incrementAndGet();
                            }
                        } else {
                            failures.computeIfAbsent(failure, key -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName(), key -> new AtomicLong()).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long stored = count(portal, "select count(*) from response") - before;
        bench.record("responses sent", String.format("%.1f per second (%d confirmed in the %d s window, %d clients, 5 requests each;"
                        + " all %d confirmed after %.1f s)", confirmedInWindow.get() / (double) seconds, confirmedInWindow.get(), seconds,
                connections, confirmations.get(), elapsed));
        bench.record("stored = confirmations", stored + " stored, " + confirmations.get() + " confirmed, "
                + "not confirmed " + failures + (stored == confirmations.get() ? " (equal)" : " (DIFFERENT)"));
        if (stored != confirmations.get()) {
            report();
            throw new IllegalStateException("Stored responses differ from confirmations");
        }
    }

    /** One whole response, as a browser without JavaScript sends it; null when confirmed, else what went wrong. */
    private static String respond(HttpClient client, String base, String origin, List<Long> questions)
            throws IOException, InterruptedException {
        var start = post(client, base + "consultations/" + SLUG + "/respond", "", origin);
        String location = start.headers().firstValue("Location").orElse("");
        if (start.statusCode() != 302 || !location.contains("/respond/")) {
            return "start answered " + start.statusCode();
        }
        String draft = location.substring(0, location.lastIndexOf('/') + 1);
        String url = draft.startsWith("http") ? draft : origin + draft;
        post(client, url + "answering-as", "answeringAs=CARER&action=continue", origin);
        post(client, url + "questions/1", "q" + questions.get(0) + "=2&q" + questions.get(1) + "=1&action=continue", origin);
        post(client, url + "contact", "way=NONE&action=continue", origin);
        var sent = post(client, url + "check", "", origin);
        boolean confirmed = sent.statusCode() == 302 && sent.headers().firstValue("Location").orElse("").endsWith("/about-you");
        return confirmed ? null : "send answered " + sent.statusCode() + " " + sent.headers().firstValue("Location").orElse("");
    }

    // ---- plumbing ----

    private static String staticName(String page) {
        return page.replace(' ', '-') + ".html";
    }

    /** The server's heap in use after a full collection, in bytes. */
    private static long heapAfterGc(EmbeddedPortal portal) throws IOException, InterruptedException {
        return BenchmarkRun.heapAfterGc(portal.serverPid());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void report() throws IOException {
        bench.report("Answering benchmark: " + responses + " responses seeded, " + connections + " connections, "
                + seconds + " s per measurement", "results.txt");
    }

    private static void requireWrk() throws InterruptedException {
        try {
            if (new ProcessBuilder("wrk", "--version").start().waitFor() < 0) {
                throw new IllegalStateException();
            }
        } catch (IOException e) {
            throw new IllegalStateException("The benchmark needs wrk: sudo apt-get install wrk", e);
        }
    }

}
