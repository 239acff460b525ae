package cn.tongxin.rollup.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's changes: every event that can change its figures adds a row numbered from one sequence, which makes
 * the committee's summaries stale. Rows, not a counter: concurrent changes never wait for each other.
 */
@Component
public class CommitteeChanges {

    private final JdbcClient jdbc;

    CommitteeChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void changed(long committeeId) {
        jdbc.sql("""
                insert into rollup_change (committee_id, version) values (?, nextval('rollup_change_version_seq'))""")
                .param(committeeId).update();
    }
}
