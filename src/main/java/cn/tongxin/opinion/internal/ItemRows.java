package cn.tongxin.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.BulletinQueries.BulletinSummary;
import cn.tongxin.opinion.BulletinQueries.ItemSummary;
import cn.tongxin.opinion.ReportSummary;
import cn.tongxin.outcome.AdoptionLevel;

/** Reads of edited items and bulletins. */
@Component
public class ItemRows {

    private final JdbcClient jdbc;
    private final ReportRows reports;

    ItemRows(JdbcClient jdbc, ReportRows reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    public record Item(String title, String originalText, String editedText, String editedBy, Instant editedAt, boolean issued,
                       int version) {
    }

    public Optional<Item> item(long committeeId, long itemId) {
        return jdbc.sql("select * from opinion_item where id = ? and committee_id = ?").params(itemId, committeeId)
                .query((rs, n) -> new Item(rs.getString("title"), rs.getString("original_text"), rs.getString("edited_text"),
                        rs.getString("edited_by"), rs.getTimestamp("edited_at").toInstant(), rs.getBoolean("issued"), rs.getInt("version")))
                .optional();
    }

    public List<String> bulletinsOf(long itemId) {
        return jdbc.sql("""
                select '《' || b.series_name || '》' || b.year || '年第' || b.number || '期' from bulletin_item i join bulletin b on b.id = i.bulletin_id
                 where i.item_id = ? and b.status = 'ISSUED' order by b.issued_on, b.series, b.number""").param(itemId).query(String.class).list();
    }

    public List<String> forwardsOf(long itemId) {
        return jdbc.sql("select level, forwarded_on from opinion_forward where item_id = ? order by forwarded_on, id")
                .param(itemId).query((rs, n) -> AdoptionLevel.valueOf(rs.getString("level")).label() + "（"
                        + rs.getObject("forwarded_on", LocalDate.class) + "）")
                .list();
    }

    public List<ReportSummary> reportsOf(long itemId) {
        return reports.ofItem(itemId);
    }

    public List<ItemSummary> pending(long committeeId) {
        return jdbc.sql("""
                select i.id, i.title, i.issued,
                       (select string_agg(distinct a.name, '、') from opinion_report r join opinion_author a on a.report_id = r.id where r.item_id = i.id) as authors
                  from opinion_item i where i.committee_id = ? and not i.issued order by i.id desc limit 200""")
                .param(committeeId)
                .query((rs, n) -> new ItemSummary(rs.getLong("id"), rs.getString("title"), rs.getBoolean("issued"), rs.getString("authors")))
                .list();
    }

    public List<BulletinSummary> bulletins(long committeeId, Integer year, String series) {
        return jdbc.sql("""
                select b.*, (select count(*) from bulletin_item i where i.bulletin_id = b.id) as items from bulletin b
                 where b.committee_id = ? and (cast(? as int) is null or b.year = ?) and (cast(? as text) is null or b.series = ?)
                 order by b.year desc, b.series, b.number desc nulls first, b.id desc limit 500""")
                .params(committeeId, year, year, series, series).query(ItemRows::bulletin).list();
    }

    public Optional<BulletinSummary> bulletin(long committeeId, long id) {
        return jdbc.sql("""
                select b.*, (select count(*) from bulletin_item i where i.bulletin_id = b.id) as items from bulletin b
                 where b.id = ? and b.committee_id = ?""").params(id, committeeId).query(ItemRows::bulletin).optional();
    }

    public List<Long> itemsOf(long bulletinId) {
        return jdbc.sql("select item_id from bulletin_item where bulletin_id = ? order by position").param(bulletinId)
                .query(Long.class).list();
    }

    private static BulletinSummary bulletin(ResultSet rs, int n) throws SQLException {
        return new BulletinSummary(rs.getLong("id"), rs.getString("series"), rs.getString("series_name"), rs.getInt("year"),
                (Integer) rs.getObject("number"), rs.getString("title"), rs.getString("recipients"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("status"), rs.getLong("items"));
    }
}
