package cn.tongxin.memoir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.memoir.MemoirWorkflow.Party;
import cn.tongxin.memoir.internal.Memoirs;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/**
 * A member submits an account to an open call; the office enters one brought on paper (by a member, named by id, or by
 * a citizen, named by name). The request key makes a double submit one account. The author withdraws it while it waits.
 */
@Service
@Transactional
public class SubmitMemoirs {

    static final int MAX_TEXT = 30_000;

    private final Memoirs memoirs;
    private final MemoirCalls calls;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Timeline timeline;
    private final Clock clock;

    SubmitMemoirs(Memoirs memoirs, MemoirCalls calls, CurrentUsers currentUsers, Members members, Timeline timeline, Clock clock) {
        this.memoirs = memoirs;
        this.calls = calls;
        this.currentUsers = currentUsers;
        this.members = members;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** {@code authorName} and {@code memberId}: only when the office enters an account for someone. */
    public record MemoirForm(String requestKey, String title, String period, String text, String authorName, Long memberId) {
    }

    public long submit(long callId, MemoirForm f) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.MEMBER);
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(f.requestKey()) || f.requestKey().length() > 64) {
            throw BusinessException.invalid("缺少请求标识（requestKey），请刷新页面后重新提交");
        }
        var again = memoirs.findByCommitteeIdAndRequestKey(user.committeeId(), f.requestKey());
        if (again.isPresent()) {
            return again.get().id();
        }
        MemoirCalls.Call call = calls.locked(user.committeeId(), callId).orElseThrow(() -> BusinessException.notFound("征集"));
        if (!call.accepting(LocalDate.now(clock))) {
            throw BusinessException.conflict("该征集不在征集期内，不能提交稿件");
        }
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.title()) || f.title().strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        if (Text.isBlank(f.text())) {
            errors.add("text", "请填写正文");
        } else if (f.text().length() > MAX_TEXT) {
            errors.add("text", "正文不能超过" + MAX_TEXT + "字，较长的稿件请分篇提交");
        }
        if (f.period() != null && f.period().strip().length() > 50) {
            errors.add("period", "所述年代不能超过50个字");
        }
        String author;
        Long memberId;
        boolean entered = office && (f.memberId() != null || !Text.isBlank(f.authorName()));
        if (entered) {
            memberId = f.memberId();
            if (memberId != null) {
                author = members.find(memberId).map(m -> m.name()).orElse(null);
                if (author == null) {
                    errors.add("memberId", "所选委员不存在或不属于本会");
                }
            } else {
                author = f.authorName().strip();
                if (author.length() > 100) {
                    errors.add("authorName", "作者姓名不能超过100个字");
                }
            }
        } else if (user.memberId() != null && user.has(Role.MEMBER)) {
            memberId = user.memberId();
            author = user.displayName();
        } else {
            errors.add("authorName", "请填写作者（委员或群众）");
            memberId = null;
            author = null;
        }
        errors.throwIfAny();
        Memoir memoir = memoirs.save(Memoir.submit(user.committeeId(), callId, f.requestKey(), f.title(), author, memberId, f.period(),
                f.text(), user.username(), entered ? MemoirSource.OFFICE : MemoirSource.MEMBER));
        timeline.record(user.committeeId(), SubjectType.MEMOIR, memoir.id(), "提交稿件", null, memoir.status().label(),
                "《" + call.theme() + "》征集");
        return memoir.id();
    }

    public void withdraw(long id) {
        CurrentUser user = currentUsers.require(Role.MEMBER);
        Memoir memoir = memoirs.findLockedByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("稿件"));
        if (memoir.memberId() == null || !memoir.memberId().equals(user.memberId())) {
            throw BusinessException.notFound("稿件"); // another member's account is not theirs to see
        }
        Set<Party> as = EnumSet.of(Party.AUTHOR);
        var from = memoir.status();
        memoir.withdraw(as);
        memoirs.save(memoir);
        timeline.record(user.committeeId(), SubjectType.MEMOIR, id, "撤回稿件", from.label(), memoir.status().label(), null);
    }
}
