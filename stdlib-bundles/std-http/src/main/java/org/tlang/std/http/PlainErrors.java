package org.tlang.std.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a malformed request, a header too large, an unknown error) as
 * one plain-text line, {@code 400 Bad Request}, instead of Jetty's HTML page that names the
 * server and its version.
 */
final class PlainErrors extends ErrorHandler {
    private static final HttpField PLAIN = new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.TEXT_PLAIN_UTF_8.asString());

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = line(code).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(PLAIN);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(PLAIN);
        return ByteBuffer.wrap(line(status).getBytes(StandardCharsets.UTF_8));
    }

    private static String line(int code) {
        String reason = HttpStatus.getMessage(code);
        return code + (reason == null ? "" : " " + reason) + "\n";
    }
}
