package cn.tongxin.account.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings of the 等保 level-3 controls kept apart from the login policy (ADR 014). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, PasswordProperties.class})
class SecurityControlsConfiguration {
}
