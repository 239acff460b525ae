package cn.tongxin.performance.award;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.activity.OutputKind;
import cn.tongxin.performance.FactKind;
import cn.tongxin.shared.SubjectType;

/**
 * What campaigns propose candidates from, read from the record's entries (counted ones only): one bounded query per
 * list, best first.
 */
@Component
class AwardRecords {

    private final JdbcClient jdbc;

    AwardRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record (proposal, report) of the year with the members it credits, lead first. */
    record RecordRow(long sourceId, String title, String link, LocalDate on, List<Long> memberIds, List<String> roles,
                     boolean key, int adopted, int instructed) {
    }

    /** A member's opinion reports of the year: issued and adopted. */
    record OpinionRow(long memberId, int issued, int adopted) {
    }

    /** Proposals filed in the year (not merged into another), key proposals first, then by filing date. */
    List<RecordRow> filedProposals(long committeeId, int year, int limit) {
        return jdbc.sql("""
                select e.source_id, min(e.title) as title, min(e.link) as link, min(e.happened_on) as on_day,
                       array_agg(e.member_id order by (e.member_role = 'CO_SIGNER'), e.id) as members,
                       array_agg(e.member_role order by (e.member_role = 'CO_SIGNER'), e.id) as roles,
                       exists (select 1 from performance_entry k where k.committee_id = e.committee_id and k.source_type = e.source_type
                                  and k.source_id = e.source_id and k.kind = ? and k.status = 'COUNTED') as key, 0 as adopted, 0 as instructed
                  from performance_entry e
                 where e.committee_id = ? and e.year = ? and e.kind = ? and e.source_type = ? and e.status = 'COUNTED'
                   and e.qualifier is distinct from 'MERGED'
                 group by e.committee_id, e.source_type, e.source_id
                 order by key desc, on_day, e.source_id
                 limit ?""")
                .params(FactKind.PROPOSAL_KEY.name(), committeeId, year, FactKind.PROPOSAL_FILED.name(), SubjectType.PROPOSAL.name(), limit)
                .query(this::record).list();
    }

    /** Research reports written in the year, those adopted or instructed most first. */
    List<RecordRow> researchReports(long committeeId, int year, int limit) {
        return jdbc.sql("""
                select e.source_id, min(e.title) as title, min(e.link) as link, min(e.happened_on) as on_day,
                       array_agg(e.member_id order by e.id) as members, array_agg(e.member_role order by e.id) as roles, false as key,
                       (select count(*) from performance_entry o where o.committee_id = e.committee_id and o.source_type = e.source_type
                           and o.source_id = e.source_id and o.kind = ? and o.status = 'COUNTED') as adopted,
                       (select count(*) from performance_entry o where o.committee_id = e.committee_id and o.source_type = e.source_type
                           and o.source_id = e.source_id and o.kind = ? and o.status = 'COUNTED') as instructed
                  from performance_entry e
                 where e.committee_id = ? and e.year = ? and e.kind = ? and e.qualifier = ? and e.source_type = ? and e.status = 'COUNTED'
                 group by e.committee_id, e.source_type, e.source_id
                 order by adopted desc, instructed desc, on_day, e.source_id
                 limit ?""")
                .params(FactKind.OUTPUT_ADOPTED.name(), FactKind.OUTPUT_INSTRUCTED.name(), committeeId, year, FactKind.AUTHORED.name(),
                        OutputKind.RESEARCH_REPORT.name(), SubjectType.ACTIVITY_OUTPUT.name(), limit)
                .query(this::record).list();
    }

    /** Members by their opinion reports issued and adopted in the year. */
    List<OpinionRow> opinionMembers(long committeeId, int year, int limit) {
        return jdbc.sql("""
                select member_id, count(*) filter (where kind = ?) as issued, count(*) filter (where kind = ?) as adopted
                  from performance_entry
                 where committee_id = ? and year = ? and kind in (?, ?) and status = 'COUNTED'
                 group by member_id
                 order by adopted desc, issued desc, member_id
                 limit ?""")
                .params(FactKind.REPORT_ISSUED.name(), FactKind.REPORT_ADOPTED.name(), committeeId, year,
                        FactKind.REPORT_ISSUED.name(), FactKind.REPORT_ADOPTED.name(), limit)
                .query((rs, n) -> new OpinionRow(rs.getLong("member_id"), rs.getInt("issued"), rs.getInt("adopted"))).list();
    }

    /** The members the record credits with this kind of entry (its proposers or authors), lead first. */
    List<Long> membersOf(long committeeId, SubjectType type, long sourceId, FactKind kind) {
        return jdbc.sql("""
                select member_id from performance_entry where committee_id = ? and source_type = ? and source_id = ? and kind = ?
                   and status = 'COUNTED' order by (member_role = 'CO_SIGNER'), id""")
                .params(committeeId, type.name(), sourceId, kind.name()).query(Long.class).list();
    }

    private RecordRow record(java.sql.ResultSet rs, int n) throws SQLException {
        return new RecordRow(rs.getLong("source_id"), rs.getString("title"), rs.getString("link"),
                rs.getObject("on_day", LocalDate.class), longs(rs.getArray("members")), strings(rs.getArray("roles")),
                rs.getBoolean("key"), rs.getInt("adopted"), rs.getInt("instructed"));
    }

    private static List<Long> longs(Array a) throws SQLException {
        return Arrays.stream((Object[]) a.getArray()).map(o -> ((Number) o).longValue()).toList();
    }

    private static List<String> strings(Array a) throws SQLException {
        return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
