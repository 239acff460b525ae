package cn.tongxin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP: a cookie jar (the session cookie), no redirects followed, forms posted with the CSRF token
 * of the page they come from. It may be pointed at another instance on the same host and keeps its cookies.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile URI base;

    public WebSession(int port) {
        at(port);
    }

    /** The instance the next requests go to (cookies stay). */
    public WebSession at(int port) {
        base = URI.create("http://127.0.0.1:" + port);
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String formPage) throws IOException, InterruptedException {
        return postWithToken(path, fields, csrf(formPage));
    }

    /** Posts a form with a token fetched before (a token stays valid for its session). */
    public HttpResponse<String> postWithToken(String path, Map<String, String> fields, String csrf)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token in the page at {@code path}. */
    public String csrf(String path) throws IOException, InterruptedException {
        var page = get(path);
        var m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + path + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    /** Logs in through the login form; returns where the login sends the user ("/" or the first-password form). */
    public String login(String username, String password) throws IOException, InterruptedException {
        var response = post("/login", Map.of("username", username, "password", password), "/login");
        String target = location(response);
        if (response.statusCode() != 302 || target.contains("/login")) {
            throw new AssertionError("登录失败: " + username + " → " + response.statusCode() + " " + target);
        }
        return target;
    }

    /** Where a redirect leads, as path and query (absolute or relative Location alike); empty when none. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(URI::create)
                .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).orElse("");
    }

    /** Whether the home page opens (200) rather than sending to the login form. */
    public boolean loggedIn() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
