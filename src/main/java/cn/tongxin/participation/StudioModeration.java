package cn.tongxin.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.shared.BusinessException;

/**
 * 先审后发 per studio: the committee's setting (群众提交先审后发) holds unless a studio chose otherwise — on (every
 * opinion waits for a moderator) or off (only sensitive-word hits wait). Staff set it; each change is audited.
 */
@Service
@Transactional
public class StudioModeration {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final StudioHeadlines studios;
    private final CommitteeSettings settings;
    private final AuditLog audit;

    StudioModeration(JdbcClient jdbc, CurrentUsers currentUsers, StudioHeadlines studios, CommitteeSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.studios = studios;
        this.settings = settings;
        this.audit = audit;
    }

    /** Whether a citizen's opinion left at this studio waits for a moderator (the studio's choice, else the committee's). */
    @Transactional(readOnly = true)
    public boolean preModerated(long committeeId, long studioId) {
        return own(studioId).orElseGet(() -> settings.enabled(committeeId, SettingKey.PUBLIC_PRE_MODERATION));
    }

    /** {@code preModeration} null: follow the committee's setting again. */
    public void set(long studioId, Boolean preModeration) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        studios.active(staff.committeeId(), studioId).orElseThrow(() -> BusinessException.notFound("委员工作室"));
        jdbc.sql("""
                insert into studio_setting (studio_id, committee_id, pre_moderation, updated_by) values (?, ?, ?, ?)
                on conflict (studio_id) do update set pre_moderation = excluded.pre_moderation, updated_at = now(),
                       updated_by = excluded.updated_by""")
                .params(studioId, staff.committeeId(), preModeration, staff.username()).update();
        audit.record(staff.committeeId(), "设置工作室先审后发", "org_unit", studioId,
                preModeration == null ? "跟随全会设置" : preModeration ? "先审后发" : "不先审（敏感词仍待审）");
    }

    /** The committee's studios with their own choice (null: the committee's) and what applies. */
    @Transactional(readOnly = true)
    public List<Line> list() {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        boolean committee = settings.enabled(staff.committeeId(), SettingKey.PUBLIC_PRE_MODERATION);
        return studios.active(staff.committeeId()).stream().map(s -> {
            Boolean own = own(s.id()).orElse(null);
            return new Line(s.id(), s.name(), own, own == null ? committee : own);
        }).toList();
    }

    private Optional<Boolean> own(long studioId) {
        return jdbc.sql("select pre_moderation from studio_setting where studio_id = ? and pre_moderation is not null")
                .param(studioId).query(Boolean.class).optional();
    }

    public record Line(long studioId, String studio, Boolean own, boolean applies) {
    }
}
