package cn.tongxin.organization;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 委员工作室 of several committees at once: the studios active today (the directory keeps no history, so a figure as
 * of today). {@link #records} lists exactly those counted.
 */
@Service
@Transactional(readOnly = true)
public class StudioHeadlines {

    private static final String SCOPE = " from org_unit u where u.committee_id = any(:committees) and u.kind = 'STUDIO' and u.active";

    private final JdbcClient jdbc;

    StudioHeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long studios(Collection<Long> committeeIds) {
        return jdbc.sql("select count(*)" + SCOPE).param("committees", committeeIds.toArray(Long[]::new)).query(Long.class).single();
    }

    public PageResult<CountedRecord> records(Collection<Long> committeeIds, PageQuery page) {
        var items = jdbc.sql("select u.id, u.name" + SCOPE + " order by u.sort_order, u.id limit :limit offset :offset")
                .params(Map.of("committees", committeeIds.toArray(Long[]::new), "limit", page.size(), "offset", page.offset()))
                .query((rs, n) -> new CountedRecord("工作室 " + rs.getLong("id"), rs.getString("name"), null, "在册",
                        "/org/dir/" + OrgUnitKind.STUDIO.slug())).list();
        return new PageResult<>(items, page.page(), page.size(), studios(committeeIds));
    }

    /** The committee's active studios, in the directory's order (the public portal lists them). */
    public java.util.List<Studio> active(long committeeId) {
        return jdbc.sql("select u.id, u.name, u.description, u.studio_level" + SCOPE + " order by u.sort_order, u.id")
                .param("committees", new Long[] {committeeId})
                .query((rs, n) -> new Studio(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("studio_level") == null ? null : StudioLevel.valueOf(rs.getString("studio_level")))).list();
    }

    /** One active studio of the committee. */
    public java.util.Optional<Studio> active(long committeeId, long studioId) {
        return active(committeeId).stream().filter(s -> s.id() == studioId).findFirst();
    }

    public record Studio(long id, String name, String description, StudioLevel level) {
    }

    /** Studios active today per level; {@code null} for those with no level yet (未定级). */
    public Map<StudioLevel, Long> byLevel(Collection<Long> committeeIds) {
        Map<StudioLevel, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select u.studio_level, count(*) as n" + SCOPE + " group by u.studio_level")
                .param("committees", committeeIds.toArray(Long[]::new))
                .query((rs, n) -> counts.put(rs.getString("studio_level") == null ? null : StudioLevel.valueOf(rs.getString("studio_level")),
                        rs.getLong("n"))).list();
        return counts;
    }

    /** The studios {@link #byLevel} counts under a level ({@code null}: 未定级). */
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, StudioLevel level, PageQuery page) {
        String where = SCOPE + (level == null ? " and u.studio_level is null" : " and u.studio_level = :level");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("committees", committeeIds.toArray(Long[]::new)));
        if (level != null) {
            params.put("level", level.name());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String status = level == null ? StudioLevel.NONE_LABEL : level.label();
        var items = jdbc.sql("select u.id, u.name" + where + " order by u.sort_order, u.id limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("工作室 " + rs.getLong("id"), rs.getString("name"), null, status,
                        "/org/dir/" + OrgUnitKind.STUDIO.slug())).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
