package cn.tongxin.performance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.performance.Entry;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/** The entries of members' records. Facts from events are kept once per member, source and slot. */
@Component
public class Ledger {

    static final String COLUMNS = """
            id, member_id, happened_on, kind, qualifier, member_role, sharers, source_type, source_id, title, link, origin, status""";

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member-year whose points may have changed. */
    public record MemberYear(long memberId, int year) {
    }

    /**
     * Records a fact, replacing the one in its slot; returns the member-years to recompute (the old year too when a
     * corrected date moved it).
     */
    public Set<MemberYear> record(Fact f) {
        var touched = new java.util.HashSet<MemberYear>();
        jdbc.sql("""
                select year from performance_entry where committee_id = ? and member_id = ? and source_type = ? and source_id = ?
                   and slot = ? and origin = 'EVENT'""")
                .params(f.committeeId(), f.memberId(), f.source().type().name(), f.source().id(), f.slot())
                .query(Integer.class).optional().ifPresent(y -> touched.add(new MemberYear(f.memberId(), y)));
        jdbc.sql("""
                insert into performance_entry (committee_id, member_id, year, happened_on, kind, qualifier, member_role, sharers,
                                               source_type, source_id, slot, title, link, origin)
                values (:committee, :member, :year, :on, :kind, :qualifier, :role, :sharers, :type, :source, :slot, :title, :link, 'EVENT')
                on conflict (committee_id, member_id, source_type, source_id, slot) where origin = 'EVENT' do update
                   set year = excluded.year, happened_on = excluded.happened_on, kind = excluded.kind, qualifier = excluded.qualifier,
                       member_role = excluded.member_role, sharers = excluded.sharers, title = excluded.title, link = excluded.link,
                       updated_at = now(), version = performance_entry.version + 1""")
                .param("committee", f.committeeId()).param("member", f.memberId()).param("year", f.on().getYear())
                .param("on", f.on()).param("kind", f.kind().name()).param("qualifier", f.qualifier())
                .param("role", f.role().name()).param("sharers", f.sharers()).param("type", f.source().type().name())
                .param("source", f.source().id()).param("slot", f.slot()).param("title", f.title()).param("link", f.link())
                .update();
        touched.add(new MemberYear(f.memberId(), f.on().getYear()));
        return touched;
    }

    /** Removes a source's facts of the given kinds (all kinds when empty); returns the member-years touched. */
    public List<MemberYear> forget(long committeeId, SubjectRef source, Collection<FactKind> kinds) {
        String[] names = kinds.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                delete from performance_entry where committee_id = ? and source_type = ? and source_id = ? and origin = 'EVENT'
                   and (cardinality(?::varchar[]) = 0 or kind = any(?::varchar[]))
                returning member_id, year""")
                .params(committeeId, source.type().name(), source.id(), names, names)
                .query((rs, n) -> new MemberYear(rs.getLong(1), rs.getInt(2))).list().stream().distinct().toList();
    }

    /** Removes one member's fact in a slot of a source (e.g. a co-signer who withdrew). */
    public List<MemberYear> forgetMember(long committeeId, SubjectRef source, long memberId, FactKind kind) {
        return jdbc.sql("""
                delete from performance_entry where committee_id = ? and source_type = ? and source_id = ? and member_id = ?
                   and kind = ? and origin = 'EVENT' returning member_id, year""")
                .params(committeeId, source.type().name(), source.id(), memberId, kind.name())
                .query((rs, n) -> new MemberYear(rs.getLong(1), rs.getInt(2))).list();
    }

    /** Members holding a fact on a source, with their role and the number of co-signers (for outcomes that credit them). */
    public List<Entry> onSource(long committeeId, SubjectRef source, FactKind kind) {
        return jdbc.sql("select " + COLUMNS + " from performance_entry where committee_id = ? and source_type = ? and source_id = ?"
                        + " and kind = ? and origin = 'EVENT' order by id")
                .params(committeeId, source.type().name(), source.id(), kind.name()).query(Ledger::entry).list();
    }

    public List<Entry> of(long committeeId, long memberId, int year) {
        return jdbc.sql("select " + COLUMNS + " from performance_entry where committee_id = ? and member_id = ? and year = ?"
                        + " order by happened_on, id")
                .params(committeeId, memberId, year).query(Ledger::entry).list();
    }

    /** Every entry of the committee's year, for a recompute (ordered by member). */
    public List<Entry> ofYear(long committeeId, int year) {
        return jdbc.sql("select " + COLUMNS + " from performance_entry where committee_id = ? and year = ? order by member_id, happened_on, id")
                .params(committeeId, year).query(Ledger::entry).list();
    }

    public List<Integer> yearsOf(long committeeId, long memberId) {
        return jdbc.sql("select distinct year from performance_entry where committee_id = ? and member_id = ? order by year desc")
                .params(committeeId, memberId).query(Integer.class).list();
    }

    /** The members with any entry in the year. */
    public List<Long> membersOfYear(long committeeId, int year) {
        return jdbc.sql("select distinct member_id from performance_entry where committee_id = ? and year = ?")
                .params(committeeId, year).query(Long.class).list();
    }

    /**
     * Forgets every fact of a year that the source modules replay (before a replay); staff-added entries, claims and
     * awards (this module's own records) stay.
     */
    public int forgetEventsOfYear(long committeeId, int year) {
        return jdbc.sql("delete from performance_entry where committee_id = ? and year = ? and origin = 'EVENT' and source_type <> ?")
                .params(committeeId, year, SubjectType.AWARD_CANDIDATE.name()).update();
    }

    /** Each replayable fact of a year as one comparable line (member, day, kind, qualifier, role, sharers, source, slot, title). */
    public List<String> eventFingerprints(long committeeId, int year) {
        return jdbc.sql("""
                select concat_ws('|', member_id, happened_on, kind, qualifier, member_role, sharers, source_type, source_id, slot, title, link)
                  from performance_entry where committee_id = ? and year = ? and origin = 'EVENT' and source_type <> ?""")
                .params(committeeId, year, SubjectType.AWARD_CANDIDATE.name()).query(String.class).list();
    }

    static Entry entry(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("source_type");
        return new Entry(rs.getLong("id"), rs.getLong("member_id"), rs.getObject("happened_on", java.time.LocalDate.class),
                FactKind.valueOf(rs.getString("kind")), rs.getString("qualifier"), MemberRole.valueOf(rs.getString("member_role")),
                rs.getInt("sharers"), type == null ? null : SubjectRef.of(SubjectType.valueOf(type), rs.getLong("source_id")),
                rs.getString("title"), rs.getString("link"), Entry.Origin.valueOf(rs.getString("origin")),
                Entry.EntryStatus.valueOf(rs.getString("status")));
    }
}
