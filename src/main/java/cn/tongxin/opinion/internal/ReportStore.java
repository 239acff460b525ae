package cn.tongxin.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.opinion.ReportView;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.BusinessException;

@Component
public class ReportStore {

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;

    ReportStore(JdbcClient jdbc, Dictionaries dictionaries) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
    }

    public record Locked(long id, OpinionStatus status, long submitterAccountId, String title, Long itemId, int version) {
    }

    public Locked lock(long committeeId, long id) {
        return jdbc.sql("select id, status, submitter_account_id, title, item_id, version from opinion_report where id = ? and committee_id = ? for update")
                .params(id, committeeId)
                .query((rs, n) -> new Locked(rs.getLong("id"), OpinionStatus.valueOf(rs.getString("status")),
                        rs.getLong("submitter_account_id"), rs.getString("title"), (Long) rs.getObject("item_id"), rs.getInt("version")))
                .optional().orElseThrow(() -> BusinessException.notFound("社情民意信息"));
    }

    public void setStatus(long id, OpinionStatus status, String more, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = status.name();
        System.arraycopy(params, 0, all, 1, params.length);
        all[all.length - 1] = id;
        jdbc.sql("update opinion_report set status = ?" + (more == null ? "" : ", " + more) + ", version = version + 1 where id = ?")
                .params(all).update();
    }

    public Optional<ReportView> view(long committeeId, long id) {
        return jdbc.sql("""
                select r.*, u.name as source_unit_name, m.name as clue_member_name from opinion_report r
                  left join org_unit u on u.id = r.source_unit_id left join member m on m.id = r.clue_member_id
                 where r.committee_id = ? and r.id = ?""").params(committeeId, id)
                .query((rs, n) -> view(rs, committeeId)).optional();
    }

    private ReportView view(ResultSet rs, long committeeId) throws SQLException {
        long id = rs.getLong("id");
        String category = rs.getString("category");
        return new ReportView(id, OpinionStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("body"),
                category, dictionaries.label(committeeId, DictionaryKind.PROPOSAL_CATEGORY, category).orElse(category),
                OpinionSource.valueOf(rs.getString("source")), rs.getString("source_unit_name"),
                rs.getLong("submitter_account_id"), rs.getBoolean("on_behalf"), (Long) rs.getObject("proposal_id"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("triage_note"), rs.getString("clue_member_name"),
                (Long) rs.getObject("item_id"), authors(id), rs.getInt("version"));
    }

    public List<ReportView.Author> authors(long reportId) {
        return jdbc.sql("select member_id, account_id, name from opinion_author where report_id = ? order by position")
                .param(reportId).query((rs, n) -> new ReportView.Author((Long) rs.getObject("member_id"),
                        (Long) rs.getObject("account_id"), rs.getString("name"))).list();
    }

    public void addAuthor(long reportId, int position, Long memberId, Long accountId, String name) {
        jdbc.sql("insert into opinion_author (report_id, position, member_id, account_id, name) values (?, ?, ?, ?, ?)")
                .params(reportId, position, memberId, accountId, name).update();
    }
}
