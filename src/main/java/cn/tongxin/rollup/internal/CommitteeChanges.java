package cn.tongxin.rollup.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A committee's change counter: moved on by every event that can change its figures, which makes its summaries stale. */
@Component
public class CommitteeChanges {

    private final JdbcClient jdbc;

    CommitteeChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void changed(long committeeId) {
        jdbc.sql("""
                insert into rollup_change (committee_id, version) values (?, 1)
                on conflict (committee_id) do update set version = rollup_change.version + 1""").param(committeeId).update();
    }
}
