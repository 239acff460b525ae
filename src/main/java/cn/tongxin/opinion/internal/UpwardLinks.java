package cn.tongxin.opinion.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opinion_upward rows: a lower committee's report and the report it became in the upper committee's intake. */
@Component
public class UpwardLinks {

    private static final String SELECT = """
            select u.*, l.name as committee_name, h.name as upper_committee_name from opinion_upward u
              join committee l on l.id = u.committee_id join committee h on h.id = u.upper_committee_id""";

    private final JdbcClient jdbc;

    UpwardLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code reportId} for a report sent up, {@code outputId} and {@code outputKind} for an activity output. */
    public record Row(long committeeId, String committeeName, Long reportId, Long outputId, String outputKind, long upperCommitteeId,
                      String upperCommitteeName,
                      long upperReportId, LocalDate submittedOn, String submittedBy, String adoptionLevel, LocalDate adoptedOn,
                      String instructionLeader, LocalDate instructedOn) {
    }

    public void add(long committeeId, long reportId, long upperCommitteeId, long upperReportId, LocalDate on, String by) {
        jdbc.sql("""
                insert into opinion_upward (committee_id, report_id, upper_committee_id, upper_report_id, submitted_on, submitted_by)
                values (?, ?, ?, ?, ?, ?)""").params(committeeId, reportId, upperCommitteeId, upperReportId, Date.valueOf(on), by).update();
    }

    public void addOutput(long committeeId, long outputId, String kind, long upperCommitteeId, long upperReportId, LocalDate on,
                          String by) {
        jdbc.sql("""
                insert into opinion_upward (committee_id, output_id, output_kind, upper_committee_id, upper_report_id, submitted_on,
                                            submitted_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(committeeId, outputId, kind, upperCommitteeId, upperReportId, Date.valueOf(on), by).update();
    }

    public Optional<Row> ofOutput(long committeeId, long outputId) {
        return jdbc.sql(SELECT + " where u.committee_id = ? and u.output_id = ?").params(committeeId, outputId)
                .query(UpwardLinks::row).optional();
    }

    /** The link of a report, seen from either side: the lower committee's report or the upper one's copy. */
    public Optional<Row> of(long committeeId, long reportId) {
        return jdbc.sql(SELECT + " where (u.committee_id = :c and u.report_id = :r) or (u.upper_committee_id = :c and u.upper_report_id = :r)")
                .param("c", committeeId).param("r", reportId).query(UpwardLinks::row).optional();
    }

    public Optional<Row> ofUpperReport(long upperReportId) {
        return jdbc.sql(SELECT + " where u.upper_report_id = ?").param(upperReportId).query(UpwardLinks::row).optional();
    }

    /** Records the upper committee's first adoption (the highest level is its business; the first date stays). */
    public boolean adopted(long upperReportId, String level, LocalDate on) {
        return jdbc.sql("update opinion_upward set adoption_level = ?, adopted_on = ? where upper_report_id = ? and adopted_on is null")
                .params(level, Date.valueOf(on), upperReportId).update() > 0;
    }

    public boolean instructed(long upperReportId, String leader, LocalDate on) {
        return jdbc.sql("update opinion_upward set instruction_leader = ?, instructed_on = ? where upper_report_id = ? and instructed_on is null")
                .params(leader, Date.valueOf(on), upperReportId).update() > 0;
    }

    /**
     * 报送上级 figures of a committee in a period: submitted, adopted and instructed by the upper committee; of its
     * reports ({@code outputs} false) or of its activity outputs.
     */
    public Map<String, Object> counts(long committeeId, LocalDate from, LocalDate to, boolean outputs) {
        return jdbc.sql("""
                select count(*) filter (where submitted_on between :from and :to) as submitted,
                       count(*) filter (where adopted_on between :from and :to) as adopted,
                       count(*) filter (where instructed_on between :from and :to) as instructed
                  from opinion_upward where committee_id = :c""" + (outputs ? " and output_id is not null" : " and report_id is not null"))
                .param("c", committeeId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query().singleRow();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("committee_id"), rs.getString("committee_name"), (Long) rs.getObject("report_id"),
                (Long) rs.getObject("output_id"), rs.getString("output_kind"), rs.getLong("upper_committee_id"), rs.getString("upper_committee_name"), rs.getLong("upper_report_id"),
                rs.getDate("submitted_on").toLocalDate(), rs.getString("submitted_by"), rs.getString("adoption_level"),
                rs.getDate("adopted_on") == null ? null : rs.getDate("adopted_on").toLocalDate(), rs.getString("instruction_leader"),
                rs.getDate("instructed_on") == null ? null : rs.getDate("instructed_on").toLocalDate());
    }
}
