package org.involveportal.dev;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.involveportal.testsupport.EmbeddedPortal;

/**
 * The run command ({@code mvn -Prun}): the portal at http://localhost:8080/ with an embedded MariaDB
 * whose data is kept in {@code data/}, demo data on the first start, and every outgoing mail saved
 * as an .eml file in {@code data/mail/}. Ctrl-C stops everything it started.
 */
public final class RunPortal {

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(System.getProperty("portal.data.dir", "data")).toAbsolutePath();
        Path mailDir = dataDir.resolve("mail");
        Files.createDirectories(mailDir);
        int httpPort = Integer.getInteger("portal.http.port", 8080);

        var settings = EmbeddedPortal.Settings.fromSystemProperties();
        settings = new EmbeddedPortal.Settings(settings.war(), settings.payaraMicroJar(), settings.postBootCommands(),
                dataDir, httpPort, Integer.getInteger("portal.smtp.port", 2525), true, Map.of(), null);

        System.out.println("Starting Involve: embedded MariaDB (data in " + dataDir + "), mail catcher, Payara Micro ...");
        var portal = EmbeddedPortal.start(settings);
        var mailSaver = saveMailTo(portal, mailDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Involve ...");
            mailSaver.shutdownNow();
            portal.close();
            System.out.println("Stopped.");
        }, "stop-portal"));

        System.out.println();
        System.out.println("Involve is running at " + portal.baseUrl());
        System.out.println("  database: " + portal.jdbcUrl() + " (user involve, password involve-dev)");
        System.out.println("  mail:     SMTP on port " + portal.mail().getSmtp().getPort()
                + ", every message saved in " + mailDir);
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    /** Copies each message the mail catcher receives into the folder as an .eml file, once. */
    private static ScheduledExecutorService saveMailTo(EmbeddedPortal portal, Path mailDir) {
        var files = new MailToFiles(mailDir, Clock.systemDefaultZone());
        var executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "mail-to-eml");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                files.saveNew(portal.mail().getReceivedMessages()).forEach(file -> System.out.println("Mail saved: " + file));
            } catch (IOException | MessagingException | RuntimeException e) {
                System.err.println("Could not save mail in " + mailDir + ": " + e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
        return executor;
    }
}
