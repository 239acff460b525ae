package cn.tongxin.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.opinion.ReportSummary;
import cn.tongxin.opinion.ReportView;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/** Reads of reports for lists and pages: one query per page of rows, within what the reader may see. */
@Component
public class ReportRows {

    private static final String SUMMARY = """
            select r.id, r.title, r.status, r.source, r.category, r.submitted_at, r.item_id,
                   (select string_agg(a.name, '、' order by a.position) from opinion_author a where a.report_id = r.id) as authors
              from opinion_report r""";

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;

    ReportRows(JdbcClient jdbc, Dictionaries dictionaries) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
    }

    /** Who reads: {@code everything} for staff and leaders, else only what {@code account} submitted or {@code member} wrote. */
    public record Reader(long committeeId, long account, Long member, boolean everything) {
    }

    /** {@code received}: only what the figures count as received ({@link #RECEIVED}), the list a desk figure opens. */
    public record Filter(String keyword, OpinionStatus status, OpinionSource source, Instant from, Instant to, boolean mine,
                         boolean received) {

        public Filter(String keyword, OpinionStatus status, OpinionSource source, Instant from, Instant to, boolean mine) {
            this(keyword, status, source, from, to, mine, false);
        }
    }

    /** Received: a submitted report that was not withdrawn. The one definition of the figures and of {@code received=true}. */
    public static final String RECEIVED = "status <> 'WITHDRAWN'";

    /** How many the list would show: its own count, for the queues of the home page. */
    public long count(Reader reader, Filter f) {
        Map<String, Object> params = new HashMap<>();
        String where = where(reader, f, params);
        return jdbc.sql("select count(*) from opinion_report r" + where).params(params).query(Long.class).single();
    }

    public PageResult<ReportSummary> list(Reader reader, Filter f, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(reader, f, params);
        long total = jdbc.sql("select count(*) from opinion_report r" + where).params(params).query(Long.class).single();
        Map<String, String> categories = new HashMap<>();
        dictionaries.entries(reader.committeeId(), DictionaryKind.PROPOSAL_CATEGORY).forEach(e -> categories.put(e.code(), e.label()));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ReportSummary> items = jdbc.sql(SUMMARY + where + " order by r.submitted_at desc, r.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> summary(rs, categories.getOrDefault(rs.getString("category"), rs.getString("category"))))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String where(Reader reader, Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where r.committee_id = :committee").append(visibility(reader));
        params.put("committee", reader.committeeId());
        params.put("me", reader.account());
        params.put("member", reader.member() == null ? -1 : reader.member());
        if (f.mine()) {
            where.append(" and r.submitter_account_id = :me");
        }
        if (Text.likePattern(f.keyword()) != null) {
            where.append(" and r.title like :keyword");
            params.put("keyword", Text.likePattern(f.keyword()));
        }
        if (f.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.received()) {
            where.append(" and r.").append(RECEIVED);
        }
        if (f.source() != null) {
            where.append(" and r.source = :source");
            params.put("source", f.source().name());
        }
        if (f.from() != null) {
            where.append(" and r.submitted_at >= :from and r.submitted_at < :to");
            params.put("from", Timestamp.from(f.from()));
            params.put("to", Timestamp.from(f.to()));
        }
        return where.toString();
    }

    /** The reports edited into one item. */
    public List<ReportSummary> ofItem(long itemId) {
        return jdbc.sql(SUMMARY + " where r.item_id = ? order by r.id").param(itemId)
                .query((rs, n) -> summary(rs, rs.getString("category"))).list();
    }

    /** Whether the report came in by history import (read-only, ADR 009). */
    public boolean imported(long committeeId, long id) {
        return jdbc.sql("select imported from opinion_report where committee_id = ? and id = ?").params(committeeId, id)
                .query(Boolean.class).optional().orElse(false);
    }

    public Optional<ReportView> view(long committeeId, long id) {
        return jdbc.sql("""
                select r.*, u.name as source_unit_name, m.name as clue_member_name from opinion_report r
                  left join org_unit u on u.id = r.source_unit_id left join member m on m.id = r.clue_member_id
                 where r.committee_id = ? and r.id = ?""").params(committeeId, id)
                .query((rs, n) -> view(rs, committeeId)).optional();
    }

    /** Whether the reader may see an edited item: everything, or an author of any report in it. */
    public boolean canSeeItem(Reader reader, long itemId) {
        return reader.everything() || jdbc.sql("select count(*) from opinion_report r where r.item_id = :item" + visibility(reader))
                .param("item", itemId).param("me", reader.account()).param("member", reader.member() == null ? -1 : reader.member())
                .query(Long.class).single() > 0;
    }

    private static String visibility(Reader reader) {
        if (reader.everything()) {
            return "";
        }
        return " and (r.submitter_account_id = :me or exists (select 1 from opinion_author a where a.report_id = r.id"
                + " and (a.account_id = :me or a.member_id = :member)))";
    }

    private static ReportSummary summary(ResultSet rs, String categoryLabel) throws SQLException {
        return new ReportSummary(rs.getLong("id"), rs.getString("title"), OpinionStatus.valueOf(rs.getString("status")),
                OpinionSource.valueOf(rs.getString("source")), rs.getString("authors"), categoryLabel,
                rs.getTimestamp("submitted_at").toInstant(), (Long) rs.getObject("item_id"));
    }

    private ReportView view(ResultSet rs, long committeeId) throws SQLException {
        long id = rs.getLong("id");
        String category = rs.getString("category");
        return new ReportView(id, OpinionStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("body"),
                category, dictionaries.label(committeeId, DictionaryKind.PROPOSAL_CATEGORY, category).orElse(category),
                OpinionSource.valueOf(rs.getString("source")), rs.getString("source_unit_name"),
                rs.getLong("submitter_account_id"), rs.getBoolean("on_behalf"), (Long) rs.getObject("proposal_id"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("triage_note"), rs.getString("clue_member_name"),
                (Long) rs.getObject("item_id"), authors(id), rs.getInt("version"), rs.getObject("received_on", java.time.LocalDate.class),
                rs.getTimestamp("entered_at").toInstant());
    }

    private List<ReportView.Author> authors(long reportId) {
        return jdbc.sql("select member_id, account_id, name from opinion_author where report_id = ? order by position")
                .param(reportId).query((rs, n) -> new ReportView.Author((Long) rs.getObject("member_id"),
                        (Long) rs.getObject("account_id"), rs.getString("name"))).list();
    }
}
