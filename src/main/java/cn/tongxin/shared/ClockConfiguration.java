package cn.tongxin.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in the committees' time zone, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
