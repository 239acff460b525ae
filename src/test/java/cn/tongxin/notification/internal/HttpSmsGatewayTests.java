package cn.tongxin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The SMS adapter against a provider played by a local HTTP server: what it sends, and what counts as refused. */
class HttpSmsGatewayTests {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>("{\"Code\":\"OK\"}");
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signature.set(exchange.getRequestHeaders().getFirst("X-Sms-Timestamp") + "|"
                    + exchange.getRequestHeaders().getFirst("X-Sms-Nonce") + "|"
                    + exchange.getRequestHeaders().getFirst("X-Sms-Signature"));
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpSmsGateway gateway(String url) {
        var settings = new MessagingProperties.Sms("http", url, "key-1", "secret-1", "某市政协", "SMS_001", "SMS_002", null, null,
                Duration.ofSeconds(2));
        return new HttpSmsGateway(settings, Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }

    @Test
    void aCodeGoesAsTheCodeTemplateWithItsParameterSignedWithTheSecret() {
        gateway(url()).send("13800001111", new SmsGateway.Sms(SmsGateway.Purpose.CODE, Map.of("code", "123456"), "验证码123456"));

        assertThat(received.get()).contains("\"phoneNumbers\":\"13800001111\"", "\"signName\":\"某市政协\"",
                "\"templateCode\":\"SMS_002\"", "\\\"code\\\":\\\"123456\\\"");
        String[] parts = signature.get().split("\\|");
        assertThat(parts[0]).isEqualTo("1795651200");
        assertThat(parts[2]).isEqualTo(HttpSmsGateway.signature("secret-1", parts[0] + "\n" + parts[1] + "\n" + received.get()));
    }

    @Test
    void anAnswerWithoutTheSuccessCodeIsARefusal() {
        answer.set("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"手机号码格式错误\"}");

        assertThatThrownBy(() -> gateway(url()).send("13800001111",
                new SmsGateway.Sms(SmsGateway.Purpose.NOTICE, Map.of("title", "提醒"), "提醒")))
                .hasMessageContaining("短信网关拒绝发送").hasMessageContaining("isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void anUnreachableGatewayIsAFailureNotAHang() {
        server.stop(0);

        assertThatThrownBy(() -> gateway(url()).send("13800001111",
                new SmsGateway.Sms(SmsGateway.Purpose.NOTICE, Map.of("title", "提醒"), "提醒")))
                .hasMessageContaining("短信网关无法连接");
    }
}
