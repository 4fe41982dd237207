package org.involveportal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP/1.1 request whose target is sent exactly as written: backslashes, control characters, dot
 * segments and double slashes that a URI class would refuse or tidy away, as an attacker would send
 * them. The status line and headers are kept; the body is read and dropped.
 */
public final class RawHttp {

    /** The status and the headers, each as "name: value" with the name in lower case. */
    public record Reply(int status, List<String> headers) {

        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.startsWith(prefix)).map(h -> h.substring(prefix.length()).strip())
                    .findFirst().orElse(null);
        }

        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.startsWith(prefix)).map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target HTTP/1.1}, with a cookie header when {@code cookie} is not null. */
    public static Reply send(String baseUrl, String method, String target, String cookie) {
        var base = URI.create(baseUrl);
        var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        head.append("\r\n");
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var reply = read(socket.getInputStream());
            socket.getInputStream().transferTo(java.io.OutputStream.nullOutputStream()); // read to the end, as a browser would
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(target, e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String text = line.toString().stripTrailing();
                if (text.isEmpty()) {
                    break;
                }
                lines.add(text);
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        if (lines.isEmpty()) {
            throw new IOException("no response");
        }
        String[] status = lines.get(0).split(" ", 3);
        var headers = lines.subList(1, lines.size()).stream().map(h -> {
            int colon = h.indexOf(':');
            return colon < 0 ? h : h.substring(0, colon).toLowerCase(Locale.ROOT) + h.substring(colon);
        }).toList();
        return new Reply(Integer.parseInt(status[1]), headers);
    }
}
