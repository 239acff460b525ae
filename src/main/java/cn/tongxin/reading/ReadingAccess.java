package cn.tongxin.reading;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/**
 * Who may do what in the reading programme (ADR 023), in one place: the office (staff, administrators) manages groups,
 * themes and guides and removes notes; everyone of the committee who reads (office, leaders, members) reads every
 * group, likes and comments; only a group's roster posts notes to it. Another committee's records are not found.
 */
@Component
class ReadingAccess {

    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;

    ReadingAccess(CurrentUsers currentUsers, JdbcClient jdbc) {
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
    }

    CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }

    CurrentUser office() {
        return currentUsers.require(Role.ADMIN, Role.STAFF);
    }

    /** The group's name, when the group is the committee's. */
    String groupName(long committeeId, long groupId) {
        return jdbc.sql("select name from reading_group where id = ? and committee_id = ?").params(groupId, committeeId)
                .query(String.class).optional().orElseThrow(() -> BusinessException.notFound("读书群"));
    }

    /** A refusal naming one field (422). */
    static FieldErrors invalid(String field, String message) {
        return new FieldErrors(message, java.util.List.of(new FieldErrors.FieldError(field, message)));
    }

    /** The member's part in the group, if on its roster. */
    Optional<GroupRole> roleOf(long groupId, Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select role from reading_group_member where group_id = ? and member_id = ?").params(groupId, memberId)
                .query(String.class).optional().map(GroupRole::valueOf);
    }
}
