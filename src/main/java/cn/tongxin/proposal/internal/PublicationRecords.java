package cn.tongxin.proposal.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** Which proposals are public (V43), kept beside the aggregate: publishing changes nothing of the proposal itself. */
@Component
public class PublicationRecords {

    private static final String PUBLISHED = """
             from proposal p left join member m on m.id = p.lead_member_id left join org_unit u on u.id = p.collective_unit_id
            where p.committee_id = :committee and p.published_at is not null""";

    private final JdbcClient jdbc;

    PublicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the proposer agreed to publication (提案人同意公开) when submitting. */
    public boolean consented(long id) {
        return jdbc.sql("select publishable from proposal where id = ?").param(id).query(Boolean.class).single();
    }

    public boolean published(long committeeId, long id) {
        return jdbc.sql("select published_at is not null from proposal where committee_id = ? and id = ?")
                .params(committeeId, id).query(Boolean.class).optional().orElse(false);
    }

    public void set(long id, Instant at, String by) {
        jdbc.sql("update proposal set published_at = ?, published_by = ? where id = ?")
                .params(at == null ? null : java.sql.Timestamp.from(at), by, id).update();
    }

    public PageResult<Row> list(long committeeId, String title, PageQuery page) {
        Map<String, Object> params = new HashMap<>(Map.of("committee", committeeId));
        String where = PUBLISHED;
        if (title != null) {
            where += " and p.title ilike :title escape '\\'";
            params.put("title", "%" + title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Row> rows = jdbc.sql("""
                select p.id, p.number_text, p.title, p.status, p.published_at, coalesce(u.name, m.name) as proposer""" + where
                        + " order by p.published_at desc, p.id desc limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    public Optional<Row> find(long committeeId, long id) {
        return jdbc.sql("select p.id, p.number_text, p.title, p.status, p.published_at, coalesce(u.name, m.name) as proposer"
                        + PUBLISHED + " and p.id = :id")
                .params(Map.of("committee", committeeId, "id", id)).query((rs, n) -> row(rs)).optional();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("number_text"), rs.getString("title"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getTimestamp("published_at").toInstant(), rs.getString("proposer"));
    }

    public record Row(long id, String numberText, String title, ProposalStatus status, Instant publishedAt, String proposer) {
    }
}
