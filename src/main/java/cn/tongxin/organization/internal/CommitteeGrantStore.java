package cn.tongxin.organization.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committee_grant rows: which upper committees a committee lets read its records. Held in the committee cache
 * and forgotten there as soon as a grant changes, so a revoke takes effect on the next request.
 */
@Component
public class CommitteeGrantStore {

    private final JdbcClient jdbc;
    private final CommitteeCache cache;

    CommitteeGrantStore(JdbcClient jdbc, CommitteeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** The committees that {@code committeeId} lets read its records now. */
    public Set<Long> grantees(long committeeId) {
        return cache.get(committeeId, "grantees", () -> Set.copyOf(jdbc.sql("""
                select grantee_committee_id from committee_grant where committee_id = ? and revoked_at is null""")
                .param(committeeId).query(Long.class).list()));
    }

    /** The committees that let {@code granteeId} read their records now. */
    public List<Long> grantors(long granteeId) {
        return jdbc.sql("select committee_id from committee_grant where grantee_committee_id = ? and revoked_at is null order by committee_id")
                .param(granteeId).query(Long.class).list();
    }

    public record GrantRow(long id, long committeeId, long granteeId, java.time.Instant grantedAt, String grantedBy,
                           java.time.Instant revokedAt, String revokedBy) {
    }

    /** Every grant the committee gave, active first, newest first. */
    public List<GrantRow> given(long committeeId) {
        return jdbc.sql("""
                select * from committee_grant where committee_id = ? order by revoked_at is not null, granted_at desc, id desc""")
                .param(committeeId).query((rs, n) -> new GrantRow(rs.getLong("id"), rs.getLong("committee_id"),
                        rs.getLong("grantee_committee_id"), rs.getTimestamp("granted_at").toInstant(), rs.getString("granted_by"),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getString("revoked_by"))).list();
    }

    /** Adds an active grant; false when one is already active. */
    public boolean grant(long committeeId, long granteeId, String by) {
        int added = jdbc.sql("""
                insert into committee_grant (committee_id, grantee_committee_id, granted_by) values (?, ?, ?)
                on conflict (committee_id, grantee_committee_id) where revoked_at is null do nothing""")
                .params(committeeId, granteeId, by).update();
        cache.changed(committeeId);
        return added > 0;
    }

    /** Ends the active grant; false when there was none. */
    public boolean revoke(long committeeId, long granteeId, String by) {
        int ended = jdbc.sql("""
                update committee_grant set revoked_at = now(), revoked_by = ?
                 where committee_id = ? and grantee_committee_id = ? and revoked_at is null""")
                .params(by, committeeId, granteeId).update();
        cache.changed(committeeId);
        return ended > 0;
    }
}
