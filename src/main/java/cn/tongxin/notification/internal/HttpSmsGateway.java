package cn.tongxin.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through a provider's HTTP API, in the shape the usual Chinese providers use (Aliyun {@code SendSms}, Tencent
 * {@code SendSms}): a JSON POST naming the mobile, the sign name ({@code 签名}), the registered template and its
 * parameters. The request is signed with HMAC-SHA256 over {@code timestamp \n nonce \n body} with the access key
 * secret; a provider whose own signature scheme differs is reached through a small relay that checks ours.
 * Success: HTTP 2xx and, when a success field is configured, that field of the JSON answer equal to the success value.
 */
public class HttpSmsGateway implements SmsGateway {

    private final MessagingProperties.Sms settings;
    private final HttpClient http;
    private final Clock clock;

    public HttpSmsGateway(MessagingProperties.Sms settings, Clock clock) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalStateException("tongxin.messages.sms.url (TONGXIN_SMS_URL) is required for the http SMS gateway");
        }
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build();
    }

    @Override
    public void send(String mobile, Sms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phoneNumbers", mobile);
        body.put("signName", settings.signName());
        body.put("templateCode", sms.purpose() == Purpose.CODE ? settings.codeTemplate() : settings.noticeTemplate());
        body.put("templateParam", JsonMapper.shared().writeValueAsString(sms.params()));
        String payload = JsonMapper.shared().writeValueAsString(body);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        var request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Sms-Key-Id", settings.accessKeyId() == null ? "" : settings.accessKeyId())
                .header("X-Sms-Timestamp", timestamp)
                .header("X-Sms-Nonce", nonce)
                .header("X-Sms-Signature", sign(timestamp + "\n" + nonce + "\n" + payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("短信网关无法连接：" + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("短信发送被中断", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("短信网关返回 HTTP " + response.statusCode() + "：" + abbreviate(response.body()));
        }
        if (!settings.successField().isBlank()) {
            Object value;
            try {
                value = JsonMapper.shared().readValue(response.body(), Map.class).get(settings.successField());
            } catch (RuntimeException e) {
                throw new IllegalStateException("短信网关的应答无法识别：" + abbreviate(response.body()), e);
            }
            if (value == null || !settings.successValue().equals(String.valueOf(value))) {
                throw new IllegalStateException("短信网关拒绝发送：" + abbreviate(response.body()));
            }
        }
    }

    /** Base64 of HMAC-SHA256 with the access key secret; tests and relays check it with {@link #signature}. */
    String sign(String text) {
        return signature(settings.accessKeySecret() == null ? "" : settings.accessKeySecret(), text);
    }

    public static String signature(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
