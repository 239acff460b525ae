package cn.tongxin.demo;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the login page is, for the start-up banner: the port the web server actually listens on (server.port, or the
 * one chosen for port 0), learned from the web server's initialized event. Unknown without a web server.
 */
@Component
class LoginAddress {

    private final String contextPath;
    private volatile Integer port;

    LoginAddress(@Value("${server.servlet.context-path:}") String contextPath) {
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        // the management server (if on its own port) has a namespace; the application's has none
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** {@code http://localhost:8081/login}, once the web server is up. */
    Optional<String> url() {
        Integer p = port;
        return p == null || p <= 0 ? Optional.empty() : Optional.of("http://localhost:" + p + contextPath + "/login");
    }

    /** The banner's last line, or nothing while no web server is known. */
    String bannerLine() {
        return url().map(u -> "\n登录地址：" + u).orElse("");
    }
}
