package cn.tongxin.notification.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail goes over SMTP when a mail server is configured ({@code spring.mail.host}), SMS through the HTTP gateway when
 * {@code tongxin.messages.sms.gateway=http}; otherwise both are written to the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class GatewayConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GatewayConfiguration.class);

    /**
     * The channels talk to outside servers (an SMTP server or SMS gateway may take its whole timeout): they send on
     * their own threads, so a slow or absent server never holds up the modules' listeners (ListenerExecution).
     */
    @Bean(DELIVERY_EXECUTOR)
    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor deliveryExecutor() {
        var executor = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("delivery-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }

    static final String DELIVERY_EXECUTOR = "deliveryExecutor";

    @Bean
    EmailGateway emailGateway(ObjectProvider<JavaMailSender> sender, MessagingProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            LOG.info("No SMTP server configured (spring.mail.host): e-mails are written to the log");
            return LoggingGateways.email();
        }
        return new SmtpEmailGateway(smtp, properties.email());
    }

    @Bean
    SmsGateway smsGateway(MessagingProperties properties, Clock clock) {
        return switch (properties.sms().gateway()) {
            case "http" -> new HttpSmsGateway(properties.sms(), clock);
            case "logging" -> LoggingGateways.sms();
            default -> throw new IllegalStateException("tongxin.messages.sms.gateway must be logging or http, not "
                    + properties.sms().gateway());
        };
    }
}
