package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * 《社情民意》 bulletins: drafted with edited items, issued with the year's next number (gap-free), forwarded (报送) to
 * levels; outcomes (采用, 批示) recorded on items reach every author.
 */
@Service
@Transactional
public class Bulletins {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Outcomes outcomes;
    private final Timeline timeline;
    private final Notifications notifications;
    private final Clock clock;

    Bulletins(JdbcClient jdbc, CurrentUsers currentUsers, Outcomes outcomes, Timeline timeline, Notifications notifications,
              Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.outcomes = outcomes;
        this.timeline = timeline;
        this.notifications = notifications;
        this.clock = clock;
    }

    public long create(String title, String recipients) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(title) || Text.isBlank(recipients)) {
            throw BusinessException.invalid("请填写期刊标题和报送对象");
        }
        return jdbc.sql("insert into bulletin (committee_id, year, title, recipients, created_by) values (?, ?, ?, ?, ?) returning id")
                .params(staff.committeeId(), LocalDate.now(clock).getYear(), title.strip(), recipients.strip(), staff.username())
                .query(Long.class).single();
    }

    public void addItem(long bulletinId, long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        lockDraft(staff, bulletinId);
        if (jdbc.sql("select count(*) from opinion_item where id = ? and committee_id = ?").params(itemId, staff.committeeId())
                .query(Long.class).single() == 0) {
            throw BusinessException.notFound("编辑稿");
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from bulletin_item where bulletin_id = ?").param(bulletinId)
                .query(Integer.class).single();
        int added = jdbc.sql("insert into bulletin_item (bulletin_id, item_id, position) values (?, ?, ?) on conflict do nothing")
                .params(bulletinId, itemId, position).update();
        if (added == 0) {
            throw BusinessException.conflict("该信息已在本期中");
        }
    }

    public void removeItem(long bulletinId, long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        lockDraft(staff, bulletinId);
        jdbc.sql("delete from bulletin_item where bulletin_id = ? and item_id = ?").params(bulletinId, itemId).update();
    }

    /** 编发: the bulletin gets the next number of its year; its items and their reports become issued. */
    public int issue(long bulletinId, LocalDate issuedOn) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        int year = lockDraft(staff, bulletinId);
        List<Long> items = jdbc.sql("select item_id from bulletin_item where bulletin_id = ? order by position").param(bulletinId)
                .query(Long.class).list();
        if (items.isEmpty()) {
            throw BusinessException.conflict("本期尚未选入信息，不能编发");
        }
        jdbc.sql("insert into bulletin_counter (committee_id, year, last_number) values (?, ?, 0) on conflict do nothing")
                .params(staff.committeeId(), year).update();
        int number = jdbc.sql("update bulletin_counter set last_number = last_number + 1 where committee_id = ? and year = ? returning last_number")
                .params(staff.committeeId(), year).query(Integer.class).single();
        jdbc.sql("update bulletin set number = ?, status = 'ISSUED', issued_on = ?, version = version + 1 where id = ?")
                .params(number, issuedOn == null ? LocalDate.now(clock) : issuedOn, bulletinId).update();
        String label = "《社情民意》" + year + "年第" + number + "期";
        for (long item : items) {
            jdbc.sql("update opinion_item set issued = true, version = version + 1 where id = ?").param(item).update();
            for (var report : jdbc.sql("select id, status, submitter_account_id, title from opinion_report where item_id = ? for update")
                    .param(item).query().listOfRows()) {
                long reportId = ((Number) report.get("id")).longValue();
                if ("EDITED".equals(report.get("status"))) {
                    jdbc.sql("update opinion_report set status = 'ISSUED', version = version + 1 where id = ?").param(reportId).update();
                }
                timeline.record(staff.committeeId(), SubmitReports.SUBJECT, reportId, "编发", OpinionStatus.EDITED.label(),
                        OpinionStatus.ISSUED.label(), label);
                notifications.notify(staff.committeeId(), new Recipient(Recipient.Kind.USER,
                        ((Number) report.get("submitter_account_id")).longValue()), "信息已编发：" + report.get("title"), label,
                        "/opinions/" + reportId);
            }
        }
        return number;
    }

    /** 报送: the item forwarded to a level (once per level). */
    public void forward(long itemId, AdoptionLevel level, LocalDate on, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Boolean issued = jdbc.sql("select issued from opinion_item where id = ? and committee_id = ? for update")
                .params(itemId, staff.committeeId()).query(Boolean.class).optional()
                .orElseThrow(() -> BusinessException.notFound("编辑稿"));
        if (!issued) {
            throw BusinessException.conflict("编发后才能报送");
        }
        if (level == null) {
            throw BusinessException.invalid("请选择报送层级");
        }
        int added = jdbc.sql("""
                insert into opinion_forward (item_id, level, forwarded_on, note, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (item_id, level) do nothing""")
                .params(itemId, level.name(), on == null ? LocalDate.now(clock) : on, Text.trimToNull(note), staff.username()).update();
        if (added == 0) {
            throw BusinessException.conflict("已报送" + level.label());
        }
        trail(staff, itemId, "报送" + level.label());
    }

    public void adopt(long itemId, AdoptionLevel level, boolean combined, LocalDate on, String note) {
        CurrentUser staff = requireIssuedItem(itemId);
        if (level == null) {
            throw BusinessException.invalid("请选择采用层级");
        }
        outcomes.adopt(OpinionAccess.ITEM, itemId, level, combined, on == null ? LocalDate.now(clock) : on, note);
        trail(staff, itemId, level.label() + (combined ? "综合采用" : "采用"));
        tellAuthors(staff, itemId, "信息被" + level.label() + "采用");
    }

    public void instruct(long itemId, Outcomes.InstructionForm form) {
        CurrentUser staff = requireIssuedItem(itemId);
        outcomes.instruct(OpinionAccess.ITEM, itemId, form);
        trail(staff, itemId, "领导批示：" + form.leader());
        tellAuthors(staff, itemId, "信息获领导批示");
    }

    private CurrentUser requireIssuedItem(long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Boolean issued = jdbc.sql("select issued from opinion_item where id = ? and committee_id = ?")
                .params(itemId, staff.committeeId()).query(Boolean.class).optional()
                .orElseThrow(() -> BusinessException.notFound("编辑稿"));
        if (!issued) {
            throw BusinessException.conflict("编发后才能登记采用和批示");
        }
        return staff;
    }

    private void trail(CurrentUser staff, long itemId, String action) {
        for (long report : jdbc.sql("select id from opinion_report where item_id = ?").param(itemId).query(Long.class).list()) {
            timeline.record(staff.committeeId(), SubmitReports.SUBJECT, report, action, null, null, null);
        }
    }

    private void tellAuthors(CurrentUser staff, long itemId, String title) {
        for (var row : jdbc.sql("""
                select distinct r.id, r.submitter_account_id, a.member_id from opinion_report r
                  left join opinion_author a on a.report_id = r.id where r.item_id = ?""").param(itemId).query().listOfRows()) {
            String link = "/opinions/" + row.get("id");
            notifications.notify(staff.committeeId(), new Recipient(Recipient.Kind.USER, ((Number) row.get("submitter_account_id")).longValue()),
                    title, null, link);
            if (row.get("member_id") != null) {
                notifications.notify(staff.committeeId(), Recipient.member(((Number) row.get("member_id")).longValue()), title, null, link);
            }
        }
    }

    private int lockDraft(CurrentUser staff, long bulletinId) {
        var row = jdbc.sql("select year, status from bulletin where id = ? and committee_id = ? for update")
                .params(bulletinId, staff.committeeId()).query().listOfRows();
        if (row.isEmpty()) {
            throw BusinessException.notFound("期刊");
        }
        if (!"DRAFT".equals(row.getFirst().get("status"))) {
            throw BusinessException.conflict("本期已编发，不能再修改");
        }
        return ((Number) row.getFirst().get("year")).intValue();
    }

}
