package cn.tongxin.infrastructure;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

/**
 * Spring Data JDBC's entity lifecycle events off (BeforeSave/AfterSave/AfterConvert for every aggregate and every entity
 * of its collections, loaded or saved). Nothing listens to them, yet each went through the event publication
 * registry's multicaster looking for listeners: about a tenth of a plenary-peak request's CPU. The aggregates' own
 * domain events ({@code registerEvent}, published by the repositories on save) and entity callbacks are unaffected.
 */
@Configuration(proxyBeanMethods = false)
class AggregateEvents {

    @Bean
    static BeanPostProcessor noEntityLifecycleEvents() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcAggregateTemplate template) {
                    template.setEntityLifecycleEventsEnabled(false);
                }
                return bean;
            }
        };
    }
}
