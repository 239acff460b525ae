package cn.tongxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

/**
 * The integration tests' mail server and SMS gateway, in this process: GreenMail receives the platform's SMTP
 * e-mails, a small HTTP server plays the SMS provider (its answer can be set to fail). Started once per test run,
 * before the shared application context, which is pointed at them.
 */
public final class TestMessaging implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail mail;
    private static SmsProvider sms;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + mail.getSmtp().getPort(),
                "tongxin.messages.sms.gateway=http",
                "tongxin.messages.sms.url=http://127.0.0.1:" + sms.port() + "/sms",
                "tongxin.messages.sms.access-key-id=test-key",
                "tongxin.messages.sms.access-key-secret=" + SmsProvider.SECRET,
                "tongxin.messages.sms.notice-template=SMS_NOTICE",
                "tongxin.messages.sms.code-template=SMS_CODE",
                // retries are run by the tests themselves, at the times they choose
                "tongxin.messages.retry-interval=PT24H").applyTo(context);
    }

    private static synchronized void start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            sms = new SmsProvider();
        }
    }

    /** E-mails received for this address so far. */
    public static List<MimeMessage> mailTo(String address) {
        start();
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    public static SmsProvider sms() {
        start();
        return sms;
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && java.util.Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A provider's SMS endpoint: records each request; answers {"Code":"OK"} or, when told to, HTTP 503. */
    public static final class SmsProvider {

        public static final String SECRET = "test-secret";

        private final HttpServer server;
        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private volatile boolean failing;

        SmsProvider() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                requests.add(new Request(body, Map.of(
                        "key", String.valueOf(headers.getFirst("X-Sms-Key-Id")),
                        "timestamp", String.valueOf(headers.getFirst("X-Sms-Timestamp")),
                        "nonce", String.valueOf(headers.getFirst("X-Sms-Nonce")),
                        "signature", String.valueOf(headers.getFirst("X-Sms-Signature")))));
                byte[] answer = (failing ? "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发流控\"}"
                        : "{\"Code\":\"OK\",\"Message\":\"OK\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(failing ? 503 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        public int port() {
            return server.getAddress().getPort();
        }

        public void failing(boolean failing) {
            this.failing = failing;
        }

        /** Requests whose body names this mobile. */
        public List<Request> to(String mobile) {
            return requests.stream().filter(r -> r.body().contains("\"" + mobile + "\"")).toList();
        }

        public record Request(String body, Map<String, String> headers) {
        }
    }
}
