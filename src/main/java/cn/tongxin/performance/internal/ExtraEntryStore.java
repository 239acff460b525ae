package cn.tongxin.performance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.performance.Entry.EntryStatus;
import cn.tongxin.performance.Entry.Origin;
import cn.tongxin.performance.ExtraKind;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Entries no module records (kind EXTRA): added by staff, or claimed by a member and decided by staff. They live in
 * the record's table beside the facts from events, without a source; their page is {@code /performance/entries/{id}}.
 */
@Component
public class ExtraEntryStore {

    private static final String EXTRA = " kind = 'EXTRA' and origin in ('STAFF', 'CLAIM') ";
    private static final String COLUMNS = """
            id, member_id, happened_on, qualifier, title, note, origin, status, decision_note, created_by, decided_by,
            decided_at, version""";

    private final JdbcClient jdbc;

    ExtraEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row, as stored. */
    public record Row(long id, long memberId, LocalDate happenedOn, ExtraKind kind, String title, String note, Origin origin,
                      EntryStatus status, String decisionNote, String createdBy, String decidedBy, java.time.Instant decidedAt,
                      int version) {

        public int year() {
            return happenedOn.getYear();
        }
    }

    /** What is written when an entry is added or claimed. */
    public record NewRow(long memberId, LocalDate happenedOn, ExtraKind kind, String title, String note, Origin origin,
                         EntryStatus status, String createdBy, String requestKey) {
    }

    /** Inserts the entry; empty when an entry with the same request key exists already. */
    public Optional<Long> insert(long committeeId, NewRow r) {
        Optional<Long> id = jdbc.sql("""
                insert into performance_entry (committee_id, member_id, year, happened_on, kind, qualifier, member_role, title,
                                               origin, status, note, created_by, request_key)
                values (?, ?, ?, ?, 'EXTRA', ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, ?)
                on conflict (committee_id, request_key) where request_key is not null do nothing returning id""")
                .params(committeeId, r.memberId(), r.happenedOn().getYear(), r.happenedOn(), r.kind().name(), r.title(),
                        r.origin().name(), r.status().name(), r.note(), r.createdBy(), r.requestKey())
                .query(Long.class).optional();
        id.ifPresent(i -> jdbc.sql("update performance_entry set link = ? where id = ?").params(link(i), i).update());
        return id;
    }

    public static String link(long id) {
        return "/performance/entries/" + id;
    }

    public Optional<Long> byRequestKey(long committeeId, String requestKey) {
        return jdbc.sql("select id from performance_entry where committee_id = ? and request_key = ? and" + EXTRA)
                .params(committeeId, requestKey).query(Long.class).optional();
    }

    public Optional<Row> find(long committeeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from performance_entry where committee_id = ? and id = ? and" + EXTRA)
                .params(committeeId, id).query(ExtraEntryStore::row).optional();
    }

    /** The row, locked until the transaction ends (one decision at a time). */
    public Optional<Row> lock(long committeeId, long id) {
        return jdbc.sql("select " + COLUMNS + " from performance_entry where committee_id = ? and id = ? and" + EXTRA + " for update")
                .params(committeeId, id).query(ExtraEntryStore::row).optional();
    }

    /** Claims (and staff entries when {@code claimsOnly} is false) by status and member, newest first; null = any. */
    public PageResult<Row> list(long committeeId, EntryStatus status, Long memberId, boolean claimsOnly, PageQuery page) {
        String where = " where committee_id = :committee and" + EXTRA + """
                 and (cast(:status as varchar) is null or status = :status)
                 and (cast(:member as bigint) is null or member_id = :member)
                 and (not :claimsOnly or origin = 'CLAIM')""";
        var count = jdbc.sql("select count(*) from performance_entry" + where);
        var rows = jdbc.sql("select " + COLUMNS + " from performance_entry" + where + " order by created_at desc, id desc limit :size offset :offset");
        for (var spec : List.of(count, rows)) {
            spec.param("committee", committeeId).param("status", status == null ? null : status.name())
                    .param("member", memberId).param("claimsOnly", claimsOnly);
        }
        long total = count.query(Long.class).single();
        var items = rows.param("size", page.size()).param("offset", page.offset()).query(ExtraEntryStore::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Sets the decision on a claim (or keeps a corrected entry counted); false when the version is stale. */
    public boolean decide(long committeeId, long id, int version, EntryStatus status, String decisionNote, String by) {
        return jdbc.sql("""
                update performance_entry set status = ?, decision_note = ?, decided_by = ?, decided_at = now(),
                       version = version + 1, updated_at = now()
                 where committee_id = ? and id = ? and version = ? and""" + EXTRA)
                .params(status.name(), decisionNote, by, committeeId, id, version).update() == 1;
    }

    /** Corrects what an entry says; false when the version is stale. */
    public boolean correct(long committeeId, long id, int version, LocalDate on, ExtraKind kind, String title, String note,
                           String reason, String by) {
        return jdbc.sql("""
                update performance_entry set happened_on = ?, year = ?, qualifier = ?, title = ?, note = ?, decision_note = ?,
                       decided_by = ?, decided_at = now(), version = version + 1, updated_at = now()
                 where committee_id = ? and id = ? and version = ? and""" + EXTRA)
                .params(on, on.getYear(), kind.name(), title, note, reason, by, committeeId, id, version).update() == 1;
    }

    public boolean delete(long committeeId, long id, int version) {
        return jdbc.sql("delete from performance_entry where committee_id = ? and id = ? and version = ? and" + EXTRA)
                .params(committeeId, id, version).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getLong("id"), rs.getLong("member_id"), rs.getObject("happened_on", LocalDate.class),
                ExtraKind.parse(rs.getString("qualifier")).orElse(ExtraKind.OTHER), rs.getString("title"), rs.getString("note"),
                Origin.valueOf(rs.getString("origin")), EntryStatus.valueOf(rs.getString("status")), rs.getString("decision_note"),
                rs.getString("created_by"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getInt("version"));
    }
}
