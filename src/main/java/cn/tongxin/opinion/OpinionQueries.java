package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.opinion.internal.ReportStore;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Lists and pages of reports, edited items and bulletins, each within what the user may see. */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

    private final JdbcClient jdbc;
    private final ReportStore store;
    private final OpinionAccess access;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final Attachments attachments;
    private final Outcomes outcomes;
    private final Timeline timeline;
    private final Clock clock;

    OpinionQueries(JdbcClient jdbc, ReportStore store, OpinionAccess access, CurrentUsers currentUsers, Dictionaries dictionaries,
                   Attachments attachments, Outcomes outcomes, Timeline timeline, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.attachments = attachments;
        this.outcomes = outcomes;
        this.timeline = timeline;
        this.clock = clock;
    }

    public record Criteria(String keyword, OpinionStatus status, OpinionSource source, Integer year, Boolean mine) {
    }

    public PageResult<ReportSummary> list(Criteria c, PageQuery page) {
        CurrentUser user = currentUsers.get();
        StringBuilder where = new StringBuilder(" where r.committee_id = :committee").append(OpinionAccess.visibility(user));
        Map<String, Object> params = new HashMap<>();
        params.put("committee", user.committeeId());
        params.put("me", user.id());
        params.put("member", user.memberId() == null ? -1 : user.memberId());
        if (Boolean.TRUE.equals(c.mine())) {
            where.append(" and r.submitter_account_id = :me");
        }
        if (Text.likePattern(c.keyword()) != null) {
            where.append(" and r.title like :keyword");
            params.put("keyword", Text.likePattern(c.keyword()));
        }
        if (c.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", c.status().name());
        }
        if (c.source() != null) {
            where.append(" and r.source = :source");
            params.put("source", c.source().name());
        }
        if (c.year() != null) {
            where.append(" and r.submitted_at >= :from and r.submitted_at < :to");
            params.put("from", java.sql.Timestamp.from(LocalDate.of(c.year(), 1, 1).atStartOfDay(clock.getZone()).toInstant()));
            params.put("to", java.sql.Timestamp.from(LocalDate.of(c.year() + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
        }
        long total = jdbc.sql("select count(*) from opinion_report r" + where).params(params).query(Long.class).single();
        Map<String, String> categories = new HashMap<>();
        dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY).forEach(e -> categories.put(e.code(), e.label()));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ReportSummary> items = jdbc.sql("""
                select r.id, r.title, r.status, r.source, r.category, r.submitted_at, r.item_id,
                       (select string_agg(a.name, '、' order by a.position) from opinion_author a where a.report_id = r.id) as authors
                  from opinion_report r""" + where + " order by r.submitted_at desc, r.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new ReportSummary(rs.getLong("id"), rs.getString("title"), OpinionStatus.valueOf(rs.getString("status")),
                        OpinionSource.valueOf(rs.getString("source")), rs.getString("authors"),
                        categories.getOrDefault(rs.getString("category"), rs.getString("category")),
                        rs.getTimestamp("submitted_at").toInstant(), (Long) rs.getObject("item_id")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public record ReportPage(ReportView report, List<AttachmentInfo> attachments, ItemView item, List<Timeline.TimelineEntry> timeline) {
    }

    public record ItemView(long id, String title, String originalText, String editedText, String editedBy, Instant editedAt,
                           boolean issued, List<TextDiff.Segment> diff, List<String> bulletins, List<String> forwards,
                           Outcomes.Summary outcomes, List<ReportSummary> reports, int version) {
    }

    public ReportPage page(long id) {
        CurrentUser user = currentUsers.get();
        ReportView report = store.view(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("社情民意信息"));
        if (!access.canView(user, report)) {
            throw BusinessException.notFound("社情民意信息");
        }
        ItemView item = report.itemId() == null ? null : item(user.committeeId(), report.itemId());
        return new ReportPage(report, attachments.list(user.committeeId(), SubmitReports.SUBJECT, id), item,
                timeline.of(user.committeeId(), SubmitReports.SUBJECT, id));
    }

    public ItemView item(long itemId) {
        CurrentUser user = currentUsers.get();
        if (!access.canViewItem(user, itemId)) {
            throw BusinessException.notFound("编辑稿");
        }
        return item(user.committeeId(), itemId);
    }

    private ItemView item(long committeeId, long itemId) {
        var row = jdbc.sql("select * from opinion_item where id = ? and committee_id = ?").params(itemId, committeeId).query()
                .listOfRows();
        if (row.isEmpty()) {
            throw BusinessException.notFound("编辑稿");
        }
        var r = row.getFirst();
        List<String> bulletins = jdbc.sql("""
                select '《社情民意》' || b.year || '年第' || b.number || '期' from bulletin_item i join bulletin b on b.id = i.bulletin_id
                 where i.item_id = ? and b.status = 'ISSUED' order by b.year, b.number""").param(itemId).query(String.class).list();
        List<String> forwards = jdbc.sql("select level, forwarded_on from opinion_forward where item_id = ? order by forwarded_on, id")
                .param(itemId).query((rs, n) -> AdoptionLevel.valueOf(rs.getString("level")).label() + "（" + rs.getObject("forwarded_on", LocalDate.class) + "）")
                .list();
        List<ReportSummary> reports = jdbc.sql("""
                select r.id, r.title, r.status, r.source, r.category, r.submitted_at, r.item_id,
                       (select string_agg(a.name, '、' order by a.position) from opinion_author a where a.report_id = r.id) as authors
                  from opinion_report r where r.item_id = ? order by r.id""").param(itemId)
                .query((rs, n) -> new ReportSummary(rs.getLong("id"), rs.getString("title"), OpinionStatus.valueOf(rs.getString("status")),
                        OpinionSource.valueOf(rs.getString("source")), rs.getString("authors"), rs.getString("category"),
                        rs.getTimestamp("submitted_at").toInstant(), itemId)).list();
        String original = (String) r.get("original_text");
        String edited = (String) r.get("edited_text");
        return new ItemView(itemId, (String) r.get("title"), original, edited, (String) r.get("edited_by"),
                ((java.sql.Timestamp) r.get("edited_at")).toInstant(), (Boolean) r.get("issued"), TextDiff.diff(original, edited),
                bulletins, forwards, outcomes.of(committeeId, OpinionAccess.ITEM, itemId), reports, ((Number) r.get("version")).intValue());
    }

    public record ItemSummary(long id, String title, boolean issued, String authors) {
    }

    /** Edited items not yet issued, for assembling a bulletin. */
    public List<ItemSummary> itemsToIssue() {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        return jdbc.sql("""
                select i.id, i.title, i.issued,
                       (select string_agg(distinct a.name, '、') from opinion_report r join opinion_author a on a.report_id = r.id where r.item_id = i.id) as authors
                  from opinion_item i where i.committee_id = ? and not i.issued order by i.id desc limit 200""")
                .param(staff.committeeId())
                .query((rs, n) -> new ItemSummary(rs.getLong("id"), rs.getString("title"), rs.getBoolean("issued"), rs.getString("authors")))
                .list();
    }

    public record BulletinSummary(long id, int year, Integer number, String title, String recipients, LocalDate issuedOn,
                                  String status, long items) {
        public String label() {
            return number == null ? "（草稿）" + title : "《社情民意》" + year + "年第" + number + "期";
        }
    }

    public List<BulletinSummary> bulletins(Integer year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select b.*, (select count(*) from bulletin_item i where i.bulletin_id = b.id) as items from bulletin b
                 where b.committee_id = ? and (cast(? as int) is null or b.year = ?) order by b.year desc, b.number desc nulls first, b.id desc limit 500""")
                .params(user.committeeId(), year, year).query(OpinionQueries::bulletin).list();
    }

    public record BulletinPage(BulletinSummary bulletin, List<ItemView> items) {
    }

    public BulletinPage bulletin(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        BulletinSummary b = jdbc.sql("""
                select b.*, (select count(*) from bulletin_item i where i.bulletin_id = b.id) as items from bulletin b
                 where b.id = ? and b.committee_id = ?""").params(id, user.committeeId()).query(OpinionQueries::bulletin)
                .optional().orElseThrow(() -> BusinessException.notFound("期刊"));
        List<ItemView> items = jdbc.sql("select item_id from bulletin_item where bulletin_id = ? order by position").param(id)
                .query(Long.class).list().stream().map(i -> item(user.committeeId(), i)).toList();
        return new BulletinPage(b, items);
    }

    private static BulletinSummary bulletin(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BulletinSummary(rs.getLong("id"), rs.getInt("year"), (Integer) rs.getObject("number"), rs.getString("title"),
                rs.getString("recipients"), rs.getObject("issued_on", LocalDate.class), rs.getString("status"), rs.getLong("items"));
    }
}
