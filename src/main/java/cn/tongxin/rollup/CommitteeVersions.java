package cn.tongxin.rollup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The newest change number of each committee: every event that can change a committee's figures or the annual
 * account's breakdowns numbers a change (ADR 006). A copy of a committee's figures computed after reading the number
 * is current while the number has not moved on — read it before the live queries run.
 */
@Service
public class CommitteeVersions {

    private final JdbcClient jdbc;

    CommitteeVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per committee its newest change number; 0 for a committee that never changed. */
    public Map<Long, Long> of(Collection<Long> committees) {
        Map<Long, Long> versions = new HashMap<>();
        committees.forEach(c -> versions.put(c, 0L));
        jdbc.sql("select committee_id, max(version) as version from rollup_change where committee_id = any(?) group by committee_id")
                .param(committees.toArray(Long[]::new))
                .query((rs, n) -> versions.put(rs.getLong("committee_id"), rs.getLong("version"))).list();
        return versions;
    }
}
