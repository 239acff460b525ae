package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.support.IntegrationTest;

/** Completed publications older than what is kept are deleted; recent and incomplete ones stay. */
@IntegrationTest
class CompletedPublicationsTests {

    @Autowired
    CompletedPublications completed;
    @Autowired
    JdbcClient jdbc;

    private UUID publication(String marker, String completedAgo, String publishedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_date,
                                               completion_attempts)
                values (?, 'test.Event', 'test.listener', now() - cast(? as interval), ?, ?, now() - cast(? as interval), 1)""")
                .params(id, publishedAgo, "{\"marker\":\"" + marker + "\"}", completedAgo == null ? "PUBLISHED" : "COMPLETED",
                        completedAgo == null ? "1000 years" : completedAgo)
                .update();
        if (completedAgo == null) {
            jdbc.sql("update event_publication set completion_date = null where id = ?").param(id).update();
        }
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = ?").param(id).query(Long.class).single() == 1;
    }

    @Test
    void publicationsCompletedLongerAgoThanKeptAreDeletedAndNoOthers() {
        String marker = "清理-" + UUID.randomUUID();
        UUID old = publication(marker, "8 days", "8 days");
        UUID recent = publication(marker, "2 days", "2 days");
        UUID incomplete = publication(marker, null, "30 days");
        long deleted = completed.deleteOlderThan(Duration.ofDays(7));
        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(incomplete)).as("an incomplete publication is republished on restart, never deleted").isTrue();
        jdbc.sql("delete from event_publication where serialized_event like ?").param("%" + marker + "%").update();
    }
}
