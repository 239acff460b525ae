package cn.tongxin.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP proxy in front of several instances, behaving as nginx does with {@code proxy_next_upstream error}:
 * requests go round-robin; a backend that refuses the connection is skipped for the next one; a backend that fails
 * after the request was sent is not retried (a POST may have been done) and the client gets 502. No sticky sessions.
 */
public final class RoundRobinProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "expect", "upgrade", "keep-alive", "te", "trailer", "proxy-connection");

    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    private final HttpServer server;

    public RoundRobinProxy(List<Integer> backendPorts) throws IOException {
        this.backends = List.copyOf(backendPorts);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), backends.size());
            for (int attempt = 0; attempt < backends.size(); attempt++) {
                int port = backends.get((first + attempt) % backends.size());
                HttpResponse<byte[]> response;
                try {
                    response = client.send(request(exchange, port, body), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException refused) {
                    continue; // never reached the backend: the next one may take it
                } catch (IOException | InterruptedException failedAfterSending) {
                    if (failedAfterSending.getCause() instanceof ConnectException) {
                        continue;
                    }
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
                response.headers().map().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                byte[] out = response.body();
                exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    exchange.getResponseBody().write(out);
                }
                return;
            }
            exchange.sendResponseHeaders(502, -1); // no backend took the connection
        }
    }

    private static HttpRequest request(HttpExchange exchange, int port, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        builder.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        return builder.build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
