package cn.tongxin.participation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SubmitSuggestions;
import cn.tongxin.timeline.Timeline;

/**
 * The office triages citizens' opinions: replies directly, or converts one into a micro-suggestion on a member's
 * behalf (the suggestion module's own use case), linked both ways — the opinion names the suggestion, the
 * suggestion's history names the opinion. The citizen sees the reply by tracking code.
 */
@Service
@Transactional
public class TriageOpinions {

    static final int MAX_REPLY = 2000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final PersonalData personalData;
    private final Attachments attachments;
    private final SubmitSuggestions suggestions;
    private final Timeline timeline;
    private final AuditLog audit;

    TriageOpinions(JdbcClient jdbc, CurrentUsers currentUsers, PersonalData personalData, Attachments attachments,
                   SubmitSuggestions suggestions, Timeline timeline, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.personalData = personalData;
        this.attachments = attachments;
        this.suggestions = suggestions;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> list(CitizenOpinionStatus status, PageQuery page) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        CitizenOpinionStatus wanted = status == null ? CitizenOpinionStatus.RECEIVED : status;
        Map<String, Object> p = new HashMap<>(Map.of("committee", office.committeeId(), "status", wanted.name()));
        long total = jdbc.sql("select count(*) from citizen_opinion where committee_id = :committee and status = :status")
                .params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        var rows = jdbc.sql("""
                select o.id, u.name as studio, o.place, left(o.content, 120) as excerpt, o.status, o.received_at
                  from citizen_opinion o join org_unit u on u.id = o.studio_id
                 where o.committee_id = :committee and o.status = :status order by o.id desc limit :limit offset :offset""")
                .params(p).query((rs, n) -> new Row(rs.getLong("id"), rs.getString("studio"), rs.getString("place"),
                        rs.getString("excerpt"), CitizenOpinionStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant())).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** One opinion with the citizen's name and phone in full (office only; each opening is audited). */
    @Transactional
    public Detail detail(long id) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Detail d = jdbc.sql("""
                select o.*, u.name as studio from citizen_opinion o join org_unit u on u.id = o.studio_id
                 where o.committee_id = ? and o.id = ?""").params(office.committeeId(), id)
                .query((rs, n) -> new Detail(rs.getLong("id"), rs.getString("studio"), personalData.reveal(rs.getString("name")),
                        personalData.reveal(rs.getString("phone")), rs.getString("place"), rs.getString("content"),
                        CitizenOpinionStatus.valueOf(rs.getString("status")), rs.getString("reply"),
                        rs.getTimestamp("replied_at") == null ? null : rs.getTimestamp("replied_at").toInstant(),
                        rs.getString("replied_by"),
                        rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type")),
                        (Long) rs.getObject("converted_id"), rs.getTimestamp("received_at").toInstant(), List.of()))
                .optional().orElseThrow(() -> BusinessException.notFound("群众意见建议"));
        audit.record(office.committeeId(), "查看群众意见建议", "citizen_opinion", id, "含姓名、手机号");
        return d.withPhotos(attachments.list(office.committeeId(), SubjectType.CITIZEN_OPINION, id));
    }

    /** 直接答复: the citizen reads it by tracking code. */
    public void reply(long id, String text) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        String reply = checkedReply(text);
        CitizenOpinionStatus status = lock(office, id);
        if (status != CitizenOpinionStatus.RECEIVED && status != CitizenOpinionStatus.REPLIED) {
            throw BusinessException.conflict("该意见建议" + status.label() + "，不能答复");
        }
        jdbc.sql("update citizen_opinion set status = ?, reply = ?, replied_at = now(), replied_by = ? where id = ?")
                .params(CitizenOpinionStatus.REPLIED.name(), reply, office.displayName(), id).update();
        audit.record(office.committeeId(), "答复群众意见建议", "citizen_opinion", id, null);
    }

    /**
     * 转为微建议 on behalf of {@code memberId} (a member of the studio, usually): the suggestion module's own use case
     * creates it; the reply tells the citizen where it went.
     */
    public long convertToSuggestion(long id, long memberId, String title, String reply) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        String note = checkedReply(reply);
        CitizenOpinionStatus status = lock(office, id);
        if (status != CitizenOpinionStatus.RECEIVED && status != CitizenOpinionStatus.REPLIED) {
            throw BusinessException.conflict("该意见建议" + status.label() + "，不能转为微建议");
        }
        var source = jdbc.sql("select content, place from citizen_opinion where id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString("content"), rs.getString("place")}).single();
        String t = title == null || title.isBlank() ? abbreviate(source[0], 40) : title.strip();
        long suggestion = suggestions.submit(UUID.randomUUID().toString(), t, source[0], source[1] == null ? "—" : source[1],
                List.of(), memberId, null);
        jdbc.sql("""
                update citizen_opinion set status = ?, reply = ?, replied_at = now(), replied_by = ?, converted_type = ?, converted_id = ?
                 where id = ?""")
                .params(CitizenOpinionStatus.CONVERTED.name(), note, office.displayName(), SubjectType.MICRO_SUGGESTION.name(),
                        suggestion, id).update();
        timeline.record(office.committeeId(), SubjectType.MICRO_SUGGESTION, suggestion, "由群众意见建议转来", null, null,
                "委员工作室群众意见建议第" + id + "号");
        audit.record(office.committeeId(), "群众意见建议转为微建议", "citizen_opinion", id, "微建议 " + suggestion);
        return suggestion;
    }

    /** A held opinion enters triage when approved, or is closed when not. */
    @EventListener
    void on(ModerationDecided decided) {
        if (decided.subject().type() != SubjectType.CITIZEN_OPINION) {
            return;
        }
        jdbc.sql("update citizen_opinion set status = ?, reply = coalesce(?, reply) where id = ? and committee_id = ? and status = ?")
                .params((decided.approved() ? CitizenOpinionStatus.RECEIVED : CitizenOpinionStatus.REJECTED).name(),
                        decided.approved() ? null : "未予受理：" + decided.reason(), decided.subject().id(), decided.committeeId(),
                        CitizenOpinionStatus.HELD.name()).update();
    }

    private CitizenOpinionStatus lock(CurrentUser office, long id) {
        return jdbc.sql("select status from citizen_opinion where committee_id = ? and id = ? for update")
                .params(office.committeeId(), id).query(String.class).optional().map(CitizenOpinionStatus::valueOf)
                .orElseThrow(() -> BusinessException.notFound("群众意见建议"));
    }

    private static String checkedReply(String text) {
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw BusinessException.invalid("请填写给群众的答复");
        }
        if (reply.length() > MAX_REPLY) {
            throw BusinessException.invalid("答复不能超过" + MAX_REPLY + "字");
        }
        return reply;
    }

    private static String abbreviate(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }

    public record Row(long id, String studio, String place, String excerpt, CitizenOpinionStatus status, Instant receivedAt) {
    }

    public record Detail(long id, String studio, String name, String phone, String place, String content, CitizenOpinionStatus status,
                         String reply, Instant repliedAt, String repliedBy, SubjectType convertedType, Long convertedId,
                         Instant receivedAt, List<AttachmentInfo> photos) {

        Detail withPhotos(List<AttachmentInfo> list) {
            return new Detail(id, studio, name, phone, place, content, status, reply, repliedAt, repliedBy, convertedType, convertedId,
                    receivedAt, list);
        }
    }
}
