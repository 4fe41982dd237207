package org.involveportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The start script (Docker image, compose.yaml, tests) turns environment variables into Payara Micro's command
 * line: alone with the data grid off, or a cluster member finding the others at a list of addresses. Run with
 * {@code JAVA=echo}, so it prints the command it would run.
 */
class StartScriptTest {

    @Test
    @DisplayName("Without PORTAL_CLUSTER_MEMBERS the portal runs alone, the data grid off")
    void aloneByDefault() throws Exception {
        String command = run(Map.of());
        assertThat(command).contains("--nohazelcast", "--port 8080", "--contextroot /", "--deploy /opt/involve.war",
                        "--shutdowngrace 10000")
                .doesNotContain("--clustermode");
    }

    @Test
    @DisplayName("With PORTAL_CLUSTER_MEMBERS it joins the others at those addresses, by name and port, never by multicast")
    void clusterMember() throws Exception {
        String command = run(Map.of("PORTAL_CLUSTER_MEMBERS", "portal-a:6900,portal-b:6900", "PORTAL_CLUSTER_NAME", "live",
                "PORTAL_INSTANCE_NAME", "portal-a", "PORTAL_CLUSTER_ADDRESS", "10.0.1.5", "PORTAL_HTTP_PORT", "9090",
                "JAVA_OPTS", "-Xmx1200m", "PORTAL_SHUTDOWN_GRACE_MS", "0"));
        assertThat(command).contains("-Xmx1200m -jar /opt/payara-micro.jar", "--port 9090",
                "--clustermode tcpip:portal-a:6900,portal-b:6900", "--clustername live", "--startport 6900",
                "--name portal-a", "--hzpublicaddress 10.0.1.5")
                .doesNotContain("--nohazelcast", "multicast", "--interfaces", "--shutdowngrace");
    }

    private static String run(Map<String, String> environment) throws IOException, InterruptedException {
        var builder = new ProcessBuilder("sh", "src/main/payara/start-portal.sh").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_") || name.equals("JAVA_OPTS"));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA", "echo");
        builder.environment().put("PAYARA_MICRO_JAR", "/opt/payara-micro.jar");
        builder.environment().put("PORTAL_WAR", "/opt/involve.war");
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
