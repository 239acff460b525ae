package cn.tongxin.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations inside Spring Security: with them every filter of the chain is wrapped in an observation
 * (about a quarter of a list page's CPU in the province benchmark's profile). Requests are still timed as a whole
 * ({@code http.server.requests} on /actuator/prometheus); logins and refusals are in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
