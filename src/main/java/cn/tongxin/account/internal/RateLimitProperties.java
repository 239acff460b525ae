package cn.tongxin.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Rate limits (等保 入侵防范): failed logins per client address and per user name, API calls per token. */
@ConfigurationProperties("tongxin.security.rate-limits")
record RateLimitProperties(Integer loginFailuresPerAddress, Integer loginFailuresPerName, Duration loginWindow,
                           Integer apiCallsPerMinute) {

    RateLimitProperties {
        loginFailuresPerAddress = loginFailuresPerAddress == null ? 30 : loginFailuresPerAddress;
        loginFailuresPerName = loginFailuresPerName == null ? 10 : loginFailuresPerName;
        loginWindow = loginWindow == null ? Duration.ofMinutes(10) : loginWindow;
        apiCallsPerMinute = apiCallsPerMinute == null ? 600 : apiCallsPerMinute;
    }
}
