package cn.tongxin.memoir;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.memoir.MemoirWorkflow.Party;
import cn.tongxin.memoir.internal.Memoirs;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** The office edits accounts (the author's text stays as submitted), selects them or declines them with a reason. */
@Service
@Transactional
public class ReviewMemoirs {

    private static final Set<Party> OFFICE = Set.of(Party.OFFICE);

    private final Memoirs memoirs;
    private final CurrentUsers currentUsers;
    private final Timeline timeline;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final java.time.Clock clock;

    ReviewMemoirs(Memoirs memoirs, CurrentUsers currentUsers, Timeline timeline, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                  java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.memoirs = memoirs;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
    }

    public record Edit(String title, String editedText) {
    }

    public void edit(long id, Edit e) {
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(e.title()) || e.title().strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        if (e.editedText() != null && e.editedText().length() > SubmitMemoirs.MAX_TEXT) {
            errors.add("editedText", "编辑稿不能超过" + SubmitMemoirs.MAX_TEXT + "字");
        }
        errors.throwIfAny();
        step(id, "编辑稿件", m -> m.edit(e.title(), e.editedText(), OFFICE), null);
    }

    public void select(long id) {
        step(id, "入选", m -> m.select(clock.instant(), clock.getZone(), OFFICE), null);
    }

    public void decline(long id, String reason) {
        if (Text.isBlank(reason) || reason.strip().length() > 500) {
            throw new FieldErrors("提交的内容有误，请修改后重试",
                    java.util.List.of(new FieldErrors.FieldError("reason", "请填写不予入选的理由（不超过500个字）")));
        }
        step(id, "不予入选", m -> m.decline(reason, OFFICE), reason.strip());
    }

    public void reconsider(long id) {
        step(id, "重新审阅", m -> {
            if (jdbc.sql("select count(*) from memoir_collection_item where memoir_id = ?").param(id).query(Long.class).single() > 0) {
                throw BusinessException.conflict("该稿件已编入专辑，不能改回待审阅");
            }
            m.reconsider(OFFICE);
        }, null);
    }

    private void step(long id, String action, java.util.function.Consumer<Memoir> change, String comment) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Memoir memoir = memoirs.findLockedByIdAndCommitteeId(id, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("稿件"));
        var from = memoir.status();
        change.accept(memoir);
        memoirs.save(memoir);
        timeline.record(staff.committeeId(), SubjectType.MEMOIR, id, action, from.label(), memoir.status().label(), comment);
    }
}
