package cn.tongxin.infrastructure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written into the publication registry: as JSON by the application's mapper (as Spring Modulith's own
 * serializer does, so every stored publication reads back the same), but an event is serialized once, not once per
 * listener: the registry stores one row per listener and asks for the event's text for each of them, one after the
 * other on the publishing thread.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(ObjectProvider<JsonMapper> mapper) {
        return new SerializeOnce(mapper);
    }

    static final class SerializeOnce implements EventSerializer {

        private final ObjectProvider<JsonMapper> provider;
        private volatile JsonMapper mapper;
        /** The last event this thread serialized and its text: events are immutable records. */
        private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

        SerializeOnce(ObjectProvider<JsonMapper> provider) {
            this.provider = provider;
        }

        private JsonMapper mapper() {
            JsonMapper m = mapper;
            if (m == null) {
                m = provider.getIfAvailable(JsonMapper::new);
                mapper = m;
            }
            return m;
        }

        @Override
        public Object serialize(Object event) {
            Object[] previous = last.get();
            if (previous[0] == event) {
                return previous[1];
            }
            String text = mapper().writeValueAsString(event);
            previous[0] = event;
            previous[1] = text;
            return text;
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return mapper().readerFor(type).readValue(serialized.toString());
        }
    }
}
