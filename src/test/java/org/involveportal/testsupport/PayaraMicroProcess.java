package org.involveportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Payara Micro in its own process, serving the packaged WAR at the root, configured by environment. */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Payara; with a log file its output goes there, otherwise to this console. */
    public static PayaraMicroProcess start(Path payaraMicroJar, Path war, Path postBootCommands, int port,
                                           Map<String, String> environment, Path log) {
        // Started by the same script as the Docker image and compose.yaml, so the tests run what production runs.
        // The tests' portal lives minutes, not months, on two cores it shares with a browser: the quick compiler
        // alone and a serial collector use less than half the CPU of the defaults for its boot and the tests'
        // requests (80 s against 35 s of CPU, measured for the boot and 69 requests).
        var command = List.of("sh", startScript(postBootCommands).toString());
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        builder.environment().put("PAYARA_MICRO_JAR", payaraMicroJar.toString());
        builder.environment().put("PORTAL_WAR", war.toString());
        builder.environment().put("PORTAL_HTTP_PORT", String.valueOf(port));
        try {
            if (log != null) {
                Files.createDirectories(log.getParent());
                builder.redirectErrorStream(true).redirectOutput(log.toFile());
            } else {
                builder.inheritIO();
            }
            return new PayaraMicroProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    /** The script that starts Payara Micro with the portal: it sits beside the post-boot commands. */
    public static Path startScript(Path postBootCommands) {
        return postBootCommands.resolveSibling("start-portal.sh");
    }

    /** The listener's settings, applied before boot: they sit beside the post-boot commands. */
    public static Path preBootCommands(Path postBootCommands) {
        return postBootCommands.resolveSibling("pre-boot-commands.asadmin");
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until a GET of the path answers with a status the test accepts. */
    public void awaitStatus(String path, IntPredicate accepted, Duration timeout) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build();
        var deadline = Instant.now().plus(timeout);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue() + logHint());
            }
            try {
                lastStatus = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (accepted.test(lastStatus)) {
                    return;
                }
            } catch (IOException notListeningYet) {
                lastStatus = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + path, e);
            }
            sleep();
        }
        throw new IllegalStateException("/" + path + " still answered " + lastStatus + " after " + timeout + logHint());
    }

    public long pid() {
        return process.pid();
    }

    private String logHint() {
        return log == null ? "" : " (see " + log + ")";
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
