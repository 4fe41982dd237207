package org.involveportal.bench;

import static org.involveportal.bench.BenchmarkRun.heapAfterGc;
import static org.involveportal.bench.BenchmarkRun.heapUsed;
import static org.involveportal.bench.BenchmarkRun.percentile;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.involveportal.platform.PasswordHasher;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.PayaraMicroProcess;

/**
 * The cluster's load test ({@code mvn -o -Pbench-cluster}): two portal instances in one cluster behind nginx
 * (Debian's, run as a process of its own with its configuration under {@code target/bench/cluster}, a copy of
 * {@code deploy/nginx.conf} with local ports: round robin, no stickiness), {@code bench.cluster.clients} (64)
 * signed-in residents answering a consultation, and the first instance killed with SIGKILL once half of the
 * {@code bench.cluster.responses} planned responses are confirmed.
 *
 * <p>Each client is a resident with cookies of their own, signed in once through nginx before the load. Each
 * response: the resident's account page (a sign-in page there means the session was lost), then the journey
 * as a browser without JavaScript posts it (start, answering as, both question pages, contact, send). A free-text
 * answer names the client and the response, so the database can be checked against what the clients saw. A
 * request that fails (nginx's 502 for a request the killed instance was answering, a dropped connection) is
 * sent again, as a person presses the button again; sending an already-sent draft confirms it without storing
 * it twice.
 *
 * <p>At the end it checks the database: every confirmed response stored once, nothing stored that no client was
 * told, each stored response counted in its resident's history (so the session was there when it was sent), and
 * no sign-in needed after the kill; it prints errors by status, throughput and latency before and after the kill,
 * heap per instance and how long the survivor took to take over. It fails (exit code 1) when a check fails.
 */
public final class ClusterLoadBenchmark {

    private static final String SLUG = "draft-involvement-strategy";
    private static final String PASSWORD = "Two servers behind one proxy";
    private static final Path NGINX_CONF = Path.of("deploy/nginx.conf");

    private final int clients = Integer.getInteger("bench.cluster.clients", 64);
    private final int planned = Integer.getInteger("bench.cluster.responses", 2000);
    private final BenchmarkRun bench = new BenchmarkRun();
    private final Path dir = bench.workDir.resolve("cluster");

    // what the clients saw
    private final AtomicInteger claimed = new AtomicInteger();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong signInPagesAfterKill = new AtomicLong();
    private final AtomicLong signInPagesBeforeKill = new AtomicLong();
    private final AtomicLong retriedSends = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final List<long[]> requests = Collections.synchronizedList(new ArrayList<>()); // start, end, ok (1/0)
    private final List<Long> confirmations = Collections.synchronizedList(new ArrayList<>()); // when, in nanos
    private volatile long killedAt; // nanos; 0 until the kill
    private final CountDownLatch half = new CountDownLatch(1);

    private String base;
    private String origin;

    public static void main(String[] args) throws Exception {
        int exit = new ClusterLoadBenchmark().run() ? 0 : 1;
        System.exit(exit);
    }

    private boolean run() throws Exception {
        Files.createDirectories(dir);
        int gridA = EmbeddedPortal.gridPort();
        int gridB = EmbeddedPortal.gridPort();
        // the cluster as the test suite's (PortalExtension) sets it, on ports and a name of its own
        var cluster = Map.of("PORTAL_CLUSTER_MEMBERS", "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB,
                "PORTAL_CLUSTER_NAME", "involve-load-" + gridA,
                "PORTAL_CLUSTER_INTERFACE", "127.0.0.1",
                // every client comes through nginx, from the loopback address
                "PORTAL_LIMITS_EXEMPT_CLIENTS", "127.0.0.1,::1");
        var envA = new HashMap<>(cluster);
        envA.put("PORTAL_CLUSTER_PORT", String.valueOf(gridA));
        envA.put("PORTAL_INSTANCE_NAME", "a");
        long bootStarted = System.nanoTime();
        try (var portal = EmbeddedPortal.start(bench.portal(null, bench.freshDataDir("cluster-data"), true, envA,
                "cluster/payara-a.log"));
             var b = portal.startAnotherInstance(Map.of("PORTAL_CLUSTER_PORT", String.valueOf(gridB), "PORTAL_INSTANCE_NAME", "b"),
                     dir.resolve("payara-b.log"))) {
            bench.record("two instances ready after", String.format("%.0f s", (System.nanoTime() - bootStarted) / 1e9));
            var nginx = startNginx(port(portal.baseUrl()), port(b.baseUrl()));
            try {
                return load(portal, b);
            } finally {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private boolean load(EmbeddedPortal portal, PayaraMicroProcess b) throws Exception {
        long consultationId;
        long freeTextQuestion;
        var questions = new ArrayList<Long>();
        try (var c = portal.connectToDatabase()) {
            consultationId = BenchmarkRun.single(c, "select id from consultation where slug = '" + SLUG + "'");
            try (var rows = c.createStatement().executeQuery("select id from question where consultation_id = "
                    + consultationId + " order by position")) {
                while (rows.next()) {
                    questions.add(rows.getLong(1));
                }
            }
            freeTextQuestion = questions.get(4);
            String hash = new PasswordHasher().hash(PASSWORD);
            try (var insert = c.prepareStatement("insert into resident (email, password_hash, language, created_at, verified_at)"
                    + " values (?, ?, 'en', utc_timestamp(6), utc_timestamp(6))")) {
                for (int i = 0; i < clients; i++) {
                    insert.setString(1, email(i));
                    insert.setString(2, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        long responsesBefore = BenchmarkRun.count(portal, "select coalesce(max(id), 0) from response");

        var residents = new ArrayList<Resident>();
        for (int i = 0; i < clients; i++) {
            var resident = new Resident(i);
            resident.signIn();
            residents.add(resident);
        }
        long pidA = portal.serverPid();
        long pidB = b.pid();
        bench.record("heap after GC, signed in, before the load", String.format("a %.0f MB, b %.0f MB",
                heapAfterGc(pidA) / 1e6, heapAfterGc(pidB) / 1e6));

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (var resident : residents) {
            pool.submit(() -> resident.answerUntilDone(questions));
        }
        // half the planned responses confirmed: kill instance a, as the kernel would kill it
        pool.shutdown();
        while (!half.await(1, TimeUnit.SECONDS)) {
            if (pool.isTerminated()) {
                bench.report("Cluster load: the clients stopped before half the responses were confirmed", "cluster-results.txt");
                throw new IllegalStateException("The clients stopped before half the responses were confirmed: " + errors);
            }
        }
        String heapsAtKill = String.format("a %.0f MB, b %.0f MB (in use, no GC)", heapUsed(pidA) / 1e6, heapUsed(pidB) / 1e6);
        var a = ProcessHandle.of(pidA).orElseThrow();
        killedAt = System.nanoTime();
        a.destroyForcibly();
        a.onExit().get(30, TimeUnit.SECONDS);
        int confirmedAtKill = confirmed.size();
        long memberLeft = watchForMemberLeaving(dir.resolve("payara-b.log"));
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The clients did not finish");
        }
        long finished = confirmations.stream().max(Long::compare).orElse(System.nanoTime()); // the last response confirmed
        bench.record("heap at the kill", heapsAtKill);
        bench.record("heap after GC at the end", String.format("b %.0f MB (a killed)", heapAfterGc(pidB) / 1e6));

        // ---- the database against what the clients saw ----
        var stored = new TreeMap<String, Integer>();
        long storedRows;
        long inHistories;
        try (var c = portal.connectToDatabase()) {
            storedRows = BenchmarkRun.single(c, "select count(*) from response where id > " + responsesBefore);
            try (var rows = c.createStatement().executeQuery("select a.text_value, count(*) from response r join response_answer a"
                    + " on a.response_id = r.id where r.id > " + responsesBefore + " and a.question_id = " + freeTextQuestion
                    + " group by a.text_value")) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getInt(2));
                }
            }
            inHistories = BenchmarkRun.single(c, "select count(*) from consultation_answered h join resident r on r.id = h.resident_id"
                    + " where r.email like 'load-%@example.org'");
        }
        long duplicates = stored.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        var storedNotConfirmed = new HashSet<>(stored.keySet());
        storedNotConfirmed.removeAll(confirmed);
        var confirmedNotStored = new HashSet<>(confirmed);
        confirmedNotStored.removeAll(stored.keySet());
        boolean equal = storedRows == confirmed.size() && storedNotConfirmed.isEmpty() && confirmedNotStored.isEmpty();

        bench.record("responses confirmed", confirmed.size() + " (" + confirmedAtKill + " before the kill, "
                + (confirmed.size() - confirmedAtKill) + " after)");
        bench.record("responses stored", storedRows + " rows; " + stored.size() + " distinct responses");
        bench.record("stored = confirmed", (equal ? "yes" : "NO") + " (stored but never confirmed: " + storedNotConfirmed.size()
                + ", confirmed but not stored: " + confirmedNotStored.size() + ")");
        bench.record("duplicates", String.valueOf(duplicates));
        bench.record("counted in residents' histories", inHistories + " of " + storedRows
                + (inHistories == storedRows ? " (every response sent signed in)" : " (SOME SENT SIGNED OUT)"));
        bench.record("sign-in pages after the kill", signInPagesAfterKill.get() + " (before it: " + signInPagesBeforeKill.get() + ")");
        bench.record("errors seen by clients", new TreeMap<>(errors).toString());
        bench.record("sends pressed again", retriedSends.get() + " (a send whose answer was lost, sent again)");
        bench.record("journeys abandoned", String.valueOf(abandoned.get()));
        throughputAndLatency(started, finished);
        takeOver(memberLeft);
        bench.record("requests per instance (nginx)", servedBy(port(portal.baseUrl()), port(b.baseUrl())));
        bench.report("Cluster load: 2 instances behind nginx, " + clients + " signed-in residents, " + planned
                + " responses planned, instance a killed (SIGKILL) at " + planned / 2, "cluster-results.txt");
        return equal && duplicates == 0 && signInPagesAfterKill.get() == 0 && inHistories == storedRows && abandoned.get() == 0;
    }

    // ---- a client: a signed-in resident with a browser's cookies ----

    private final class Resident {
        private final int number;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Resident(int number) {
            this.number = number;
        }

        void signIn() throws IOException, InterruptedException {
            var signedIn = send("POST", "account/sign-in", "email=" + URLEncoder.encode(email(number), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
            if (signedIn.statusCode() != 302 || location(signedIn).contains("sign-in")) {
                throw new IllegalStateException("Resident " + number + " could not sign in: " + signedIn.statusCode() + " "
                        + location(signedIn));
            }
        }

        void answerUntilDone(List<Long> questions) {
            try {
                for (int n = claimed.getAndIncrement(); n < planned; n = claimed.getAndIncrement()) {
                    answer(questions, "load-" + number + "-" + n);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                error("client stopped: " + e);
                e.printStackTrace();
            }
        }

        /** One response, its tag in the free-text answer. */
        private void answer(List<Long> questions, String tag) throws InterruptedException {
            var account = step("GET", "account", null, 200, null);
            if (account == null) {
                abandoned.incrementAndGet();
                return;
            }
            var start = step("POST", "consultations/" + SLUG + "/respond", "", 302, "/answering-as");
            if (start == null) {
                abandoned.incrementAndGet();
                return;
            }
            String draft = location(start).replaceFirst("answering-as$", "");
            boolean done = step("POST", draft + "answering-as", "answeringAs=CARER&action=continue", 302, "/questions/1") != null
                    && step("POST", draft + "questions/1", "q" + questions.get(0) + "=2&q" + questions.get(1) + "=1&action=continue",
                    302, "/questions/2") != null
                    && step("POST", draft + "questions/2", "q" + questions.get(4) + "=" + tag + "&action=continue", 302, "/contact") != null
                    && step("POST", draft + "contact", "way=NONE&action=continue", 302, "/check") != null
                    && step("POST", draft + "check", "", 302, "/about-you") != null;
            if (done) {
                confirmed.add(tag);
                confirmations.add(System.nanoTime());
                if (confirmed.size() >= planned / 2) {
                    half.countDown();
                }
            } else {
                abandoned.incrementAndGet();
            }
        }

        /**
         * A request sent until it gets the answer the journey expects, as a person retries a page that failed;
         * null when it never does (counted as an error).
         */
        private HttpResponse<Void> step(String method, String path, String form, int status, String locationEnd)
                throws InterruptedException {
            for (int attempt = 1; attempt <= 10; attempt++) {
                if (attempt > 1 && path.endsWith("check")) {
                    retriedSends.incrementAndGet();
                }
                long begun = System.nanoTime();
                try {
                    var response = send(method, path, form);
                    String location = location(response);
                    if (location.contains("/account/sign-in")) {
                        (killedAt == 0 ? signInPagesBeforeKill : signInPagesAfterKill).incrementAndGet();
                        record(begun, false);
                        error("sign-in page at " + stepName(path));
                        signIn();
                        continue;
                    }
                    if (response.statusCode() == status && (locationEnd == null || location.endsWith(locationEnd))) {
                        record(begun, true);
                        return response;
                    }
                    record(begun, false);
                    error("HTTP " + response.statusCode() + " at " + stepName(path));
                    if (response.statusCode() < 500) {
                        return null; // the portal refused it: pressing again would not help
                    }
                } catch (IOException e) {
                    record(begun, false);
                    error(e.getClass().getSimpleName() + " at " + stepName(path));
                }
                Thread.sleep(500); // a moment before pressing again
            }
            return null;
        }

        private HttpResponse<Void> send(String method, String path, String form) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                    .timeout(Duration.ofSeconds(90)).header("X-Bench-Client", String.valueOf(number));
            if ("POST".equals(method)) {
                request.header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }

        private String location(HttpResponse<?> response) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.isEmpty() ? "" : URI.create(base).resolve(location).toString();
        }
    }

    private static String stepName(String path) {
        return path.replaceAll(".*/respond/[^/]+/", "").replaceAll("consultations/.*/respond", "start");
    }

    private void record(long begun, boolean ok) {
        requests.add(new long[] {begun, System.nanoTime(), ok ? 1 : 0});
    }

    private void error(String what) {
        errors.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    private static String email(int number) {
        return "load-" + number + "@example.org";
    }

    // ---- figures ----

    private void throughputAndLatency(long started, long finished) {
        List<long[]> all;
        synchronized (requests) {
            all = new ArrayList<>(requests);
        }
        long before = confirmations.stream().filter(t -> t < killedAt).count();
        long after = confirmations.size() - before;
        bench.record("responses per second", String.format("%.1f before the kill (%.0f s), %.1f after (%.0f s)",
                before / ((killedAt - started) / 1e9), (killedAt - started) / 1e9,
                after / ((finished - killedAt) / 1e9), (finished - killedAt) / 1e9));
        for (boolean beforeKill : new boolean[] {true, false}) {
            var latencies = all.stream().filter(r -> (r[0] < killedAt) == beforeKill).map(r -> (r[1] - r[0]) / 1e6).toList();
            if (latencies.isEmpty()) {
                continue;
            }
            bench.record("request latency " + (beforeKill ? "before" : "after") + " the kill", String.format(
                    "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%d requests)", percentile(latencies, 50),
                    percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100), latencies.size()));
        }
    }

    /** How long the survivor took: until the grid dropped the dead member, the last failed request, the longest stall. */
    private void takeOver(long memberLeft) {
        List<long[]> all;
        synchronized (requests) {
            all = new ArrayList<>(requests);
        }
        var afterKill = all.stream().filter(r -> r[1] >= killedAt).sorted((x, y) -> Long.compare(x[1], y[1])).toList();
        long lastError = afterKill.stream().filter(r -> r[2] == 0).mapToLong(r -> r[1]).max().orElse(killedAt);
        long firstConfirmation = confirmations.stream().filter(t -> t >= killedAt).min(Long::compare).orElse(killedAt);
        long previousOk = killedAt;
        long stall = 0;
        for (var r : afterKill) {
            if (r[2] == 1) {
                stall = Math.max(stall, r[1] - previousOk);
                previousOk = r[1];
            }
        }
        bench.record("take-over after the kill", String.format("grid dropped a after %s; first response confirmed after %.1f s;"
                        + " last failed request ended after %.1f s; longest time with no request answered %.1f s",
                memberLeft < 0 ? "(not seen in b's log)" : String.format("%.1f s", (memberLeft - killedAt) / 1e9),
                (firstConfirmation - killedAt) / 1e9, (lastError - killedAt) / 1e9, stall / 1e9));
    }

    /** When b's data grid drops a (its log says so), in nanos; -1 if not within 3 minutes. */
    private long watchForMemberLeaving(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long offset = Files.size(log);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            // Payara's line when its data grid drops a member (Hazelcast's own member list is not logged)
            if (text.length() > offset && text.substring((int) offset).contains("Data Grid Instance Removed")) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        return -1;
    }

    /** Requests each instance answered, from nginx's access log, and how many clients a had answered before the kill. */
    private String servedBy(int portA, int portB) throws IOException {
        var log = dir.resolve("nginx/access.log");
        int a = 0;
        int b = 0;
        int retriedOnB = 0;
        var clientsOnA = new HashSet<String>();
        for (String line : Files.readAllLines(log)) {
            var fields = line.split("\\|");
            if (fields.length < 4) {
                continue;
            }
            String upstreams = fields[2];
            if (upstreams.startsWith("127.0.0.1:" + portA) && !upstreams.contains(",")) {
                a++;
                clientsOnA.add(fields[1]);
            } else if (upstreams.endsWith("127.0.0.1:" + portB)) {
                b++;
                if (upstreams.contains(",")) {
                    retriedOnB++;
                }
            }
        }
        clientsOnA.remove("-");
        return String.format("a %d, b %d (of which %d tried a first); %d of %d clients were answered by a", a, b, retriedOnB,
                clientsOnA.size(), clients);
    }

    // ---- nginx ----

    /** Debian's nginx as a process of its own: deploy/nginx.conf with local ports, its prefix under the work folder. */
    private Process startNginx(int portA, int portB) throws IOException, InterruptedException {
        Path prefix = dir.resolve("nginx").toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        Files.deleteIfExists(prefix.resolve("access.log"));
        int port = EmbeddedPortal.freePort();
        String server = Files.readString(NGINX_CONF);
        String local = server.replace("server portal-a:8080", "server 127.0.0.1:" + portA)
                .replace("server portal-b:8080", "server 127.0.0.1:" + portB)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        if (local.contains("portal-a") || local.contains("portal-b") || local.contains("listen 80;")) {
            throw new IllegalStateException(NGINX_CONF + " changed: the benchmark no longer knows its upstreams and listener");
        }
        String conf = "# written by ClusterLoadBenchmark: " + NGINX_CONF + " with local ports\n"
                + "worker_processes 1;\n"
                + "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + " warn;\n"
                + "events { worker_connections 1024; }\n"
                + "http {\n"
                + "    log_format bench '$msec|$http_x_bench_client|$upstream_addr|$upstream_status|$status|$request_method';\n"
                + "    access_log " + prefix.resolve("access.log") + " bench;\n"
                + "    client_body_temp_path " + prefix.resolve("client_body") + ";\n"
                + "    proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                + "    fastcgi_temp_path " + prefix.resolve("fastcgi") + ";\n"
                + "    uwsgi_temp_path " + prefix.resolve("uwsgi") + ";\n"
                + "    scgi_temp_path " + prefix.resolve("scgi") + ";\n"
                + local.indent(4)
                + "}\n";
        Path confFile = prefix.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        var process = new ProcessBuilder("nginx", "-p", prefix + "/", "-c", confFile.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        base = "http://127.0.0.1:" + port + "/";
        origin = "http://127.0.0.1:" + port;
        // up when it answers through to a portal instance
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "consultations")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    bench.record("nginx", "port " + port + ", " + confFile);
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroy();
        throw new IllegalStateException("nginx did not answer on " + base);
    }

    private static int port(String baseUrl) {
        return URI.create(baseUrl).getPort();
    }
}
