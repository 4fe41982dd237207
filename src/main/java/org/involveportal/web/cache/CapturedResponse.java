package org.involveportal.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory until the page is rendered, so that it can be stored and
 * sent with its validators. Headers go straight to the real response; errors and redirects too (the
 * body is then the server's, not ours). Notes whether the page set a cookie.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;
    private boolean setsCookie;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** The body as rendered. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** True when an error or a redirect was sent: the server answers, with nothing of ours. */
    boolean passedOn() {
        return passedOn;
    }

    boolean setsCookie() {
        return setsCookie;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called first");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a page is rendered blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called first");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedOn && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void setContentLength(int length) {
        // set when the body is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // set when the body is sent
    }

    @Override
    public void setBufferSize(int size) {
        // the whole body is kept
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedOn = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        passedOn = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        noteCookie(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        noteCookie(name);
        super.addHeader(name, value);
    }

    private void noteCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            setsCookie = true;
        }
    }
}
