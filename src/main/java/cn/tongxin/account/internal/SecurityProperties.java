package cn.tongxin.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Platform-wide login policy (等保 level 3 defaults). */
@ConfigurationProperties("tongxin.security")
record SecurityProperties(Integer maxFailedLogins, Duration lockDuration) {

    SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(10) : lockDuration;
    }
}
