package org.clientela.store;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response whose body and headers are collected rather than sent, so that {@link PublicPageCache}
 * can keep them. Errors and redirects go out at once, as they would have.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedThrough;
    private boolean setCookie;
    /** Only what the page set: the response's own default would be replayed as a made-up tag. */
    private Locale locale;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean passedThrough() {
        return passedThrough;
    }

    boolean setCookie() {
        return setCookie;
    }

    /** The page as written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** The page to keep, with these bytes of its body. */
    PublicPageCache.CapturedPage page(byte[] gzipped) {
        return new PublicPageCache.CapturedPage(getContentType(), locale, List.copyOf(headers), gzipped, body.size());
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
        super.setLocale(locale);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
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
                    throw new UnsupportedOperationException("a captured page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush(); // into the collected body; nothing is sent before the page is complete
        }
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
        headers.clear();
    }

    @Override
    public void setBufferSize(int size) {
        // the body is collected whole
    }

    @Override
    public boolean isCommitted() {
        return passedThrough || super.isCommitted();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedThrough = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        passedThrough = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        keep(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        keep(name, value);
        super.addHeader(name, value);
    }

    /** A header for the kept page, but a cookie (which marks the page as not to be shared) or the length. */
    private void keep(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            setCookie = true;
        } else if (!"Content-Length".equalsIgnoreCase(name) && value != null) {
            headers.add(Map.entry(name, value));
        }
    }

    /** The page asked not to be kept ({@code Cache-Control: no-store} or {@code private}). */
    boolean asksNotToBeKept() {
        return headers.stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Cache-Control")
                        && (h.getValue().contains("no-store") || h.getValue().contains("private")));
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date); // dates (Expires, Last-Modified) are not replayed: they would be stale
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }
}
