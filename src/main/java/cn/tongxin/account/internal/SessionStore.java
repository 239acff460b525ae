package cn.tongxin.account.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FlushMode;
import org.springframework.session.SaveMode;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Web sessions in the database (Spring Session JDBC, tables from V32; ADR 011), read through {@link QuietSessions} so
 * that a page which changes nothing in its session does not write it. Spring Boot's own JDBC session configuration
 * steps back because this one declares the session repository; it creates no tables either way.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionStore {

    /**
     * Two requests of one session (two tabs, a double submit) may both add the same attribute, a flash message say:
     * the library's plain INSERT then fails the second with a duplicate key after its work was done. The later wins.
     */
    private static final String ADD_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** The repository the session filter and {@link UserSessions} use. */
    @Bean
    @Primary
    QuietSessions quietSessions(JdbcIndexedSessionRepository stored,
                                @Value("${tongxin.sessions.touch-every:1m}") Duration touchEvery) {
        return new QuietSessions(stored, touchEvery);
    }

    /**
     * Timeout from {@code server.servlet.session.timeout}; one write at the end of a request (flush on save) of only
     * the attributes set in it (save on set attribute); no cleanup thread of the library's own on every instance
     * (see {@link ExpiredSessions}); an attribute added twice at once is written, not refused.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionSettings(ServerProperties server) {
        return repository -> {
            Duration timeout = server.getServlet().getSession().getTimeout();
            if (timeout != null) {
                repository.setDefaultMaxInactiveInterval(timeout);
            }
            repository.setFlushMode(FlushMode.ON_SAVE);
            repository.setSaveMode(SaveMode.ON_SET_ATTRIBUTE);
            repository.setCleanupCron(Scheduled.CRON_DISABLED);
            repository.setCreateSessionAttributeQuery(ADD_ATTRIBUTE);
            repository.setConversionService(tolerantSerialization());
        };
    }

    /**
     * Java serialisation as the library's default, except that an attribute which no longer reads (a class changed
     * shape in an upgrade) is treated as absent: the user logs in again instead of meeting an error. The security
     * context and the CSRF token are read on every page; their deserialised forms are kept by their exact bytes
     * ({@link SessionAttributeCache}), so an unchanged session is not deserialised again on each request.
     */
    private static ConversionService tolerantSerialization() {
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        var reading = new DeserializingConverter(SessionStore.class.getClassLoader());
        var cache = new SessionAttributeCache(4_096);
        conversions.addConverter(byte[].class, Object.class, bytes -> cache.read(bytes, b -> {
            try {
                return reading.convert(b);
            } catch (SerializationFailedException unreadable) {
                return null;
            }
        }));
        return conversions;
    }
}
