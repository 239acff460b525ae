package cn.tongxin.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of e-mail and SMS delivery ({@code tongxin.messages.*}; docs/deployment.md lists the environment variables). */
@ConfigurationProperties("tongxin.messages")
public record MessagingProperties(String baseUrl, Integer maxAttempts, Duration retryBackoff, Email email, Sms sms) {

    public MessagingProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 5 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
        email = email == null ? new Email(null, null) : email;
        sms = sms == null ? new Sms(null, null, null, null, null, null, null, null, null, null) : sms;
    }

    /** The sender of e-mails; the SMTP server itself is {@code spring.mail.*}. */
    public record Email(String from, String fromName) {
        public Email {
            from = from == null || from.isBlank() ? "noreply@tongxin.local" : from;
            fromName = fromName == null ? "同心政协履职平台" : fromName;
        }
    }

    /**
     * The SMS gateway: {@code logging} (default: writes the text to the log) or {@code http} (a provider's or a relay's
     * HTTP API: a signed JSON POST with the sign name, a template id and the template's parameters).
     */
    public record Sms(String gateway, String url, String accessKeyId, String accessKeySecret, String signName,
                      String noticeTemplate, String codeTemplate, String successField, String successValue,
                      Duration timeout) {
        public Sms {
            gateway = gateway == null || gateway.isBlank() ? "logging" : gateway.strip();
            signName = signName == null ? "同心政协" : signName;
            noticeTemplate = noticeTemplate == null ? "" : noticeTemplate;
            codeTemplate = codeTemplate == null ? "" : codeTemplate;
            successField = successField == null ? "Code" : successField;
            successValue = successValue == null ? "OK" : successValue;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }
}
