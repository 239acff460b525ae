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
}
