package cn.tongxin.participation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;

/**
 * The office and the studio's own members triage citizens' opinions: reply directly, or convert one into a
 * micro-suggestion, a public-opinion report or a proposal clue (a proposal draft of the member), each through the
 * owning module's own use case, linked both ways — the opinion names what it became, that record's history names the
 * opinion; or record a 为民办实事 item ({@link StudioDeeds}). Staff act for any studio and choose the member; a studio
 * member sees and acts on their studio's opinions only, in their own name. The citizen sees the reply by tracking code.
 */
@Service
@Transactional
public class TriageOpinions {

    private final JdbcClient jdbc;
    private final StudioScope scope;
    private final PersonalData personalData;
    private final Attachments attachments;
    private final CitizenConversions conversions;
    private final AuditLog audit;

    TriageOpinions(JdbcClient jdbc, StudioScope scope, PersonalData personalData, Attachments attachments,
                   CitizenConversions conversions, AuditLog audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.personalData = personalData;
        this.attachments = attachments;
        this.conversions = conversions;
        this.audit = audit;
    }

    /** The opinions of one status (default 已受理), newest first: the office sees every studio's, a studio member their studio's. */
    @Transactional(readOnly = true)
    public PageResult<Row> list(CitizenOpinionStatus status, PageQuery page) {
        StudioScope.Worker worker = scope.require();
        CitizenOpinionStatus wanted = status == null ? CitizenOpinionStatus.RECEIVED : status;
        Map<String, Object> p = new HashMap<>(Map.of("committee", worker.committeeId(), "status", wanted.name()));
        p.put("studio", worker.studioId());
        String where = " where o.committee_id = :committee and o.status = :status and (cast(:studio as bigint) is null or o.studio_id = :studio)";
        long total = jdbc.sql("select count(*) from citizen_opinion o" + where)
                .params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        var rows = jdbc.sql("""
                select o.id, u.name as studio, o.place, left(o.content, 120) as excerpt, o.status, o.received_at
                  from citizen_opinion o join org_unit u on u.id = o.studio_id""" + where + " order by o.id desc limit :limit offset :offset")
                .params(p).query((rs, n) -> new Row(rs.getLong("id"), rs.getString("studio"), rs.getString("place"),
                        rs.getString("excerpt"), CitizenOpinionStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant())).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * One opinion with the citizen's name and phone in full, for the office and the studio's members (they call the
     * citizen back to solve the problem); each opening is audited.
     */
    @Transactional
    public Detail detail(long id) {
        StudioScope.Worker worker = scope.require();
        Detail d = jdbc.sql("""
                select o.*, u.name as studio from citizen_opinion o join org_unit u on u.id = o.studio_id
                 where o.committee_id = ? and o.id = ? and (cast(? as bigint) is null or o.studio_id = ?)""")
                .params(worker.committeeId(), id, worker.studioId(), worker.studioId())
                .query((rs, n) -> new Detail(rs.getLong("id"), rs.getString("studio"), personalData.reveal(rs.getString("name")),
                        personalData.reveal(rs.getString("phone")), rs.getString("place"), rs.getString("content"),
                        CitizenOpinionStatus.valueOf(rs.getString("status")), rs.getString("reply"),
                        rs.getTimestamp("replied_at") == null ? null : rs.getTimestamp("replied_at").toInstant(),
                        rs.getString("replied_by"),
                        rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type")),
                        (Long) rs.getObject("converted_id"), rs.getTimestamp("received_at").toInstant(), List.of()))
                .optional().orElseThrow(() -> BusinessException.notFound("群众意见建议"));
        audit.record(worker.committeeId(), "查看群众意见建议", "citizen_opinion", id, "含姓名、手机号");
        return d.withPhotos(attachments.list(worker.committeeId(), SubjectType.CITIZEN_OPINION, id));
    }

    /** 直接答复: the citizen reads it by tracking code. */
    public void reply(long id, String text) {
        StudioScope.Worker worker = scope.require();
        String reply = checkedReply(text);
        requireOpen(jdbc, worker, id, "答复");
        jdbc.sql("update citizen_opinion set status = ?, reply = ?, replied_at = now(), replied_by = ? where id = ?")
                .params(CitizenOpinionStatus.REPLIED.name(), reply, worker.user().displayName(), id).update();
        audit.record(worker.committeeId(), "答复群众意见建议", "citizen_opinion", id, null);
    }

    /**
     * 转为微建议: staff on behalf of {@code memberId} (a member of the studio, usually), a studio member as their own;
     * the suggestion module's own use case creates it ({@link CitizenConversions}); the reply tells the citizen where it went.
     */
    public long convertToSuggestion(long id, Long memberId, String title, String reply) {
        StudioScope.Worker worker = scope.require();
        String note = checkedReply(reply);
        long member = worker.creditedMember(memberId, "请选择代为提出微建议的委员");
        var source = open(worker, id, "转为微建议");
        return converted(worker, id, SubjectType.MICRO_SUGGESTION,
                conversions.toSuggestion(source, worker.office() ? member : null, title), note);
    }

    /**
     * 转为社情民意信息: reported by the member (staff enter it on the member's behalf), through the opinion module's own
     * use case, in the category chosen.
     */
    public long convertToReport(long id, Long memberId, String title, String category, String reply) {
        StudioScope.Worker worker = scope.require();
        String note = checkedReply(reply);
        long member = worker.creditedMember(memberId, "请选择报送社情民意信息的委员");
        CitizenConversions.requireCategory(category, "请选择社情民意信息的分类");
        var source = open(worker, id, "转为社情民意信息");
        return converted(worker, id, SubjectType.OPINION_REPORT,
                conversions.toReport(source, worker.office() ? member : null, title, category), note);
    }

    /**
     * 转为提案线索: a proposal draft in the member's drafting area, with the citizen's text, for the member to work on
     * and submit (or withdraw); staff start it on the member's behalf.
     */
    public long convertToClue(long id, Long memberId, String title, String category, String reply) {
        StudioScope.Worker worker = scope.require();
        String note = checkedReply(reply);
        long member = worker.creditedMember(memberId, "请选择接收提案线索的委员");
        CitizenConversions.requireCategory(category, "请选择提案分类");
        var source = open(worker, id, "转为提案线索");
        return converted(worker, id, SubjectType.PROPOSAL,
                conversions.toClue(source, worker.office() ? member : null, title, category), note);
    }

    private CitizenConversions.Source open(StudioScope.Worker worker, long id, String step) {
        requireOpen(jdbc, worker, id, step);
        return jdbc.sql("select content, place from citizen_opinion where id = ?").param(id)
                .query((rs, n) -> new CitizenConversions.Source(worker.committeeId(), "群众意见建议", "委员工作室群众意见建议第" + id + "号",
                        "【群众意见建议第" + id + "号】", rs.getString("content"), rs.getString("place"))).single();
    }

    private long converted(StudioScope.Worker worker, long id, SubjectType type, long created, String note) {
        markConverted(jdbc, worker, id, type, created, note);
        audit.record(worker.committeeId(), "群众意见建议转为" + type.label(), "citizen_opinion", id, type.label() + " " + created);
        return created;
    }

    /** Locks an opinion the worker may act on, open for triage (已受理 or 已答复), or refuses in Chinese. */
    static void requireOpen(JdbcClient jdbc, StudioScope.Worker worker, long id, String step) {
        CitizenOpinionStatus status = jdbc.sql("""
                select status from citizen_opinion where committee_id = ? and id = ? and (cast(? as bigint) is null or studio_id = ?)
                   for update""")
                .params(worker.committeeId(), id, worker.studioId(), worker.studioId()).query(String.class).optional()
                .map(CitizenOpinionStatus::valueOf).orElseThrow(() -> BusinessException.notFound("群众意见建议"));
        if (status != CitizenOpinionStatus.RECEIVED && status != CitizenOpinionStatus.REPLIED) {
            throw BusinessException.conflict("该意见建议" + status.label() + "，不能" + step);
        }
    }

    /** The opinion names what it became; the citizen reads {@code note}. */
    static void markConverted(JdbcClient jdbc, StudioScope.Worker worker, long id, SubjectType type, long created, String note) {
        jdbc.sql("""
                update citizen_opinion set status = ?, reply = ?, replied_at = now(), replied_by = ?, converted_type = ?, converted_id = ?
                 where id = ?""")
                .params(CitizenOpinionStatus.CONVERTED.name(), note, worker.user().displayName(), type.name(), created, id).update();
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

    static String checkedReply(String text) {
        return CitizenConversions.checkedReply(text);
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
