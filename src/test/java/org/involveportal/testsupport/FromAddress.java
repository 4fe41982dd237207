package org.involveportal.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 requests to the portal sent from a loopback address of the test's own (127.0.0.2 and up),
 * so the portal sees a client other than the 127.0.0.1 every other test comes from. The JDK's HTTP
 * client cannot choose its local address, so this speaks HTTP over a socket bound to it.
 */
public final class FromAddress {

    /** A status, headers (names in lower case) and the decoded body. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String address;
    private final URI base;
    private final Map<String, String> extraHeaders;

    private FromAddress(String address, String baseUrl, Map<String, String> extraHeaders) {
        this.address = address;
        this.base = URI.create(baseUrl);
        this.extraHeaders = extraHeaders;
    }

    private FromAddress(String address, String baseUrl) {
        this(address, baseUrl, Map.of());
    }

    /** A client at this loopback address (127.0.0.1 is the one every other test comes from). */
    public static FromAddress at(String address, EmbeddedPortal portal) {
        return new FromAddress(address, portal.baseUrl());
    }

    /** The same client, sending this header too (an X-Forwarded-For, say). */
    public FromAddress withHeader(String name, String value) {
        var headers = new LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new FromAddress(address, base.toString(), headers);
    }

    /** A client at a random loopback address other than 127.0.0.1. */
    public static FromAddress anyLoopback(EmbeddedPortal portal) {
        var random = ThreadLocalRandom.current();
        return new FromAddress("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255),
                portal.baseUrl());
    }

    public String address() {
        return address;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply postForm(String path, String form) {
        return send("POST", path, form);
    }

    private Reply send(String method, String path, String form) {
        String authority = "localhost:" + base.getPort();
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        var head = new StringBuilder(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n")
                .append("Connection: close\r\n");
        extraHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (form != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Origin: http://").append(authority).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        var content = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                content.write(in.readNBytes(size));
                line(in);
            }
        } else {
            content.write(in.readAllBytes());
        }
        return new Reply(status, headers, content.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                break;
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
