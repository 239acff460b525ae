package cn.tongxin.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;

/**
 * The office publishes news of the committee's work on its portal, and withdraws it; the portal lists what is
 * published, newest happening first. Images are PNG or JPEG attachments, shown on the portal with the article only.
 */
@Service
@Transactional
public class NewsArticles {

    static final int MAX_IMAGES = 9;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    NewsArticles(JdbcClient jdbc, CurrentUsers currentUsers, Attachments attachments, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    public record Row(long id, String title, String summary, LocalDate happenedOn, boolean published) {
    }

    public record Article(long id, String title, String summary, String body, LocalDate happenedOn, boolean published,
                          String createdBy, Instant createdAt, List<AttachmentInfo> images) {
    }

    /** Publishes an article on the portal at once; returns its id. */
    public long publish(NewsForm form, List<Upload> images) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        String title = strip(form.title());
        String body = strip(form.body());
        String summary = strip(form.summary());
        if (title.isEmpty() || title.length() > 100) {
            errors.add("title", "请填写标题（不超过100字）");
        }
        if (body.isEmpty() || body.length() > 20000) {
            errors.add("body", "请填写正文（不超过20000字）");
        }
        if (summary.length() > 200) {
            errors.add("summary", "摘要不能超过200字");
        }
        if (form.happenedOn() == null) {
            errors.add("happenedOn", "请填写活动日期");
        } else if (form.happenedOn().isAfter(LocalDate.now(clock))) {
            errors.add("happenedOn", "活动日期不能晚于今天");
        }
        List<Upload> sent = images == null ? List.of() : images.stream().filter(i -> !i.isEmpty()).toList();
        if (sent.size() > MAX_IMAGES) {
            errors.add("images", "图片最多" + MAX_IMAGES + "张");
        }
        for (Upload image : sent) {
            try {
                if (!Attachments.check(image).startsWith("image/")) {
                    errors.add("images", "图片“" + image.filename() + "”须为 PNG 或 JPEG");
                }
            } catch (BusinessException e) {
                errors.add("images", e.getMessage());
            }
        }
        errors.throwIfAny();
        if (summary.isEmpty()) {
            String oneLine = body.replaceAll("\\s+", " ");
            summary = oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
        }
        long id = jdbc.sql("""
                insert into news_article (committee_id, title, summary, body, happened_on, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(office.committeeId(), title, summary, body, form.happenedOn(), office.username())
                .query(Long.class).single();
        for (Upload image : sent) {
            attachments.store(office.committeeId(), SubjectType.NEWS_ARTICLE, id, image);
        }
        audit.record(office.committeeId(), "发布新闻", "news_article", id, title);
        return id;
    }

    /** Takes an article off the portal. */
    public void withdraw(long id) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Boolean published = jdbc.sql("select published from news_article where committee_id = ? and id = ? for update")
                .params(office.committeeId(), id).query(Boolean.class).optional()
                .orElseThrow(() -> BusinessException.notFound("该新闻"));
        if (!published) {
            throw BusinessException.conflict("该新闻已撤下");
        }
        jdbc.sql("update news_article set published = false, withdrawn_at = now() where id = ?").param(id).update();
        audit.record(office.committeeId(), "撤下新闻", "news_article", id, null);
    }

    /** The committee's articles, newest happening first (the office and leaders). */
    @Transactional(readOnly = true)
    public PageResult<Row> list(PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return rows(user.committeeId(), false, page);
    }

    @Transactional(readOnly = true)
    public Article find(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return article(user.committeeId(), id, false).orElseThrow(() -> BusinessException.notFound("该新闻"));
    }

    // ---- the portal ----

    @Transactional(readOnly = true)
    public PageResult<Row> onPortal(long committeeId, PageQuery page) {
        return rows(committeeId, true, page);
    }

    @Transactional(readOnly = true)
    public Optional<Article> onPortal(long committeeId, long id) {
        return article(committeeId, id, true);
    }

    /** An image of a published article. */
    @Transactional(readOnly = true)
    public Optional<Attachments.StoredFile> image(long committeeId, long articleId, long imageId) {
        if (article(committeeId, articleId, true).isEmpty()) {
            return Optional.empty();
        }
        return attachments.content(committeeId, SubjectType.NEWS_ARTICLE, articleId, imageId)
                .filter(f -> f.contentType().startsWith("image/"));
    }

    private PageResult<Row> rows(long committeeId, boolean publishedOnly, PageQuery page) {
        Map<String, Object> params = new HashMap<>(Map.of("committee", committeeId));
        String where = "committee_id = :committee" + (publishedOnly ? " and published" : "");
        long total = jdbc.sql("select count(*) from news_article where " + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Row> items = jdbc.sql("select id, title, summary, happened_on, published from news_article where " + where
                        + " order by happened_on desc, id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                        rs.getObject("happened_on", LocalDate.class), rs.getBoolean("published"))).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Optional<Article> article(long committeeId, long id, boolean publishedOnly) {
        return jdbc.sql("select * from news_article where committee_id = ? and id = ?" + (publishedOnly ? " and published" : ""))
                .params(committeeId, id)
                .query((rs, n) -> new Article(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
                        rs.getObject("happened_on", LocalDate.class), rs.getBoolean("published"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(), List.of()))
                .optional()
                .map(a -> new Article(a.id(), a.title(), a.summary(), a.body(), a.happenedOn(), a.published(), a.createdBy(),
                        a.createdAt(), attachments.list(committeeId, SubjectType.NEWS_ARTICLE, a.id())));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
