package cn.tongxin.proposal.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.organization.SessionView;
import cn.tongxin.shared.BusinessException;

/**
 * 大会提案 or 平时提案: a proposal submitted from (opening − lead months) to the session's submission deadline belongs
 * to that session as a session proposal; any other is an interim proposal of the latest session already opened.
 */
@Component
public class SessionCalendar {

    public Placement place(List<SessionView> sessions, LocalDate day, int leadMonths) {
        if (sessions.isEmpty()) {
            throw BusinessException.conflict("尚未设置全体会议，暂不能提交提案，请联系工作人员");
        }
        for (SessionView s : sessions) {
            if (!day.isBefore(s.openingDate().minusMonths(leadMonths)) && !day.isAfter(s.submissionDeadline())) {
                return new Placement(s, true);
            }
        }
        return sessions.stream().filter(s -> !s.openingDate().isAfter(day)).max(Comparator.comparing(SessionView::openingDate))
                .or(() -> sessions.stream().min(Comparator.comparing(SessionView::openingDate)))
                .map(s -> new Placement(s, false)).orElseThrow();
    }

    public record Placement(SessionView session, boolean sessionProposal) {
    }
}
