package cn.tongxin.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Password age (等保 身份鉴别): changed at least every {@code maxAge}, with a warning from {@code warnBefore} ahead. */
@ConfigurationProperties("tongxin.security.password")
record PasswordProperties(Duration maxAge, Duration warnBefore, Integer history) {

    PasswordProperties {
        maxAge = maxAge == null ? Duration.ofDays(90) : maxAge;
        warnBefore = warnBefore == null ? Duration.ofDays(14) : warnBefore;
        history = history == null ? 5 : history;
    }
}
