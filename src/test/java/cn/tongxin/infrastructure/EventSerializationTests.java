package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import cn.tongxin.support.IntegrationTest;

/** The registry's serializer writes an event once for all its listeners, and reads every stored text back. */
@IntegrationTest
class EventSerializationTests {

    record Sample(long committeeId, String title, java.time.Instant at) {
    }

    @Autowired
    EventSerializer serializer;

    @Test
    void the_same_event_is_serialized_once_and_reads_back_equal() {
        assertThat(serializer).isInstanceOf(EventSerialization.SerializeOnce.class);
        var event = new Sample(1, "关于<加强>社区养老的建议", java.time.Instant.parse("2026-03-05T02:00:00Z"));
        Object first = serializer.serialize(event);
        assertThat(serializer.serialize(event)).isSameAs(first);
        assertThat(serializer.deserialize(first, Sample.class)).isEqualTo(event);
        // an equal but different event is written again (identity, not equality, is remembered)
        var other = new Sample(1, "关于<加强>社区养老的建议", event.at());
        assertThat(serializer.serialize(other)).isNotSameAs(first).isEqualTo(first);
    }
}
