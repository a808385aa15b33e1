package org.rematch.devstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the mailbox: {@code /} the page, {@code /messages.json} the same as JSON (for scripts and the system tests),
 * {@code /messages/<id>/html} a message's HTML part. Only on the loopback: the messages hold people's personal data.
 */
final class MailboxPage implements AutoCloseable {

    private static final Pattern HTML_PART = Pattern.compile("/messages/(\\d{1,18})/html");
    /** The page itself needs no script; a message's HTML gets none either (sandbox), in case a template let one in. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String MESSAGE_POLICY =
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src * data:";

    private final Mailbox mailbox;
    private final HttpServer server;

    private MailboxPage(Mailbox mailbox, HttpServer server) {
        this.mailbox = mailbox;
        this.server = server;
    }

    static MailboxPage start(Mailbox mailbox, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        MailboxPage page = new MailboxPage(mailbox, server);
        server.createContext("/", page::handle);
        server.start();
        return page;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                respond(exchange, 405, "text/plain", null, "Only GET");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Matcher htmlPart = HTML_PART.matcher(path);
            if (path.equals("/")) {
                respond(exchange, 200, "text/html", PAGE_POLICY, MailboxHtml.listing(mailbox.newestFirst()));
            } else if (path.equals("/messages.json")) {
                String json = JsonMapper.shared().writeValueAsString(mailbox.newestFirst());
                respond(exchange, 200, "application/json", null, json);
            } else if (htmlPart.matches()) {
                Optional<String> html = mailbox.find(Long.parseLong(htmlPart.group(1))).map(ReceivedMail::html);
                if (html.isPresent()) {
                    respond(exchange, 200, "text/html", MESSAGE_POLICY, html.get());
                } else {
                    respond(exchange, 404, "text/plain", null, "No message with an HTML part at " + path);
                }
            } else {
                respond(exchange, 404, "text/plain", null, "Nothing at " + path + "; the mailbox is at /");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String policy, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (policy != null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
