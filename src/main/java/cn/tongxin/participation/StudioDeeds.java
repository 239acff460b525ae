package cn.tongxin.participation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/**
 * 为民办实事: studio members and staff record what was done for whom and when (the day it happened, not the day it
 * is typed), with evidence files, optionally answering a citizen's opinion (which then shows the item, and the item
 * the opinion). A studio member records for their own studio in their own name; staff for any studio, crediting one of
 * its members or the studio as a whole. The fact is published for the member's performance record.
 */
@Service
@Transactional
public class StudioDeeds {

    static final int MAX_TEXT = 200;
    static final int MAX_DETAIL = 2000;
    static final int MAX_FILES = 5;

    private final JdbcClient jdbc;
    private final StudioScope scope;
    private final StudioHeadlines studios;
    private final Members members;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudioDeeds(JdbcClient jdbc, StudioScope scope, StudioHeadlines studios, Members members, Attachments attachments, AuditLog audit,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.studios = studios;
        this.members = members;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public long record(DeedForm form, List<Upload> evidence) {
        StudioScope.Worker worker = scope.require();
        List<Upload> files = evidence == null ? List.of() : evidence.stream().filter(f -> !f.isEmpty()).toList();
        var errors = new FieldErrors.Collector();
        String title = Text.trimToNull(form.title());
        String beneficiary = Text.trimToNull(form.beneficiary());
        String detail = Text.trimToNull(form.detail());
        LocalDate today = LocalDate.now(clock);
        if (title == null || title.length() > MAX_TEXT) {
            errors.add("title", "请填写办理的实事（不超过" + MAX_TEXT + "字）");
        }
        if (beneficiary == null || beneficiary.length() > MAX_TEXT) {
            errors.add("beneficiary", "请填写为谁办理（不超过" + MAX_TEXT + "字）");
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            errors.add("detail", "办理情况不能超过" + MAX_DETAIL + "字");
        }
        if (form.happenedOn() == null || form.happenedOn().isAfter(today) || form.happenedOn().isBefore(today.minusYears(10))) {
            errors.add("happenedOn", "请填写办理日期（不能晚于今天）");
        }
        if (files.size() > MAX_FILES) {
            errors.add("evidence", "佐证材料最多" + MAX_FILES + "个");
        }
        errors.throwIfAny();
        long studioId = studioOf(worker, form);
        Long member = worker.office() ? form.memberId() : worker.creditedMember(form.memberId(), "");
        if (member != null && worker.office()) {
            MemberView m = members.find(member).orElseThrow(() -> BusinessException.invalid("所选委员不存在"));
            if (m.studioId() == null || m.studioId() != studioId) {
                throw BusinessException.invalid(m.name() + "不是该工作室的委员");
            }
        }
        Long opinion = form.opinionId();
        if (opinion != null) {
            TriageOpinions.requireOpen(jdbc, worker, opinion, "记录为民办实事");
        }
        long id = jdbc.sql("""
                insert into studio_deed (committee_id, studio_id, member_id, title, beneficiary, detail, happened_on, citizen_opinion_id, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(worker.committeeId(), studioId, member, title, beneficiary, detail, form.happenedOn(), opinion,
                        worker.user().username()).query(Long.class).single();
        for (Upload f : files) {
            attachments.store(worker.committeeId(), SubjectType.STUDIO_DEED, id, f);
        }
        if (opinion != null) {
            String reply = Text.trimToNull(form.reply());
            TriageOpinions.markConverted(jdbc, worker, opinion, SubjectType.STUDIO_DEED, id,
                    reply == null ? "您反映的问题已办理：" + title : TriageOpinions.checkedReply(reply));
        }
        audit.record(worker.committeeId(), "记录为民办实事", "studio_deed", id, title);
        events.publishEvent(new StudioEvents.DeedRecorded(worker.committeeId(), id, studioId, member, title, form.happenedOn()));
        return id;
    }

    private long studioOf(StudioScope.Worker worker, DeedForm form) {
        if (form.opinionId() != null) {
            return jdbc.sql("select studio_id from citizen_opinion where id = ? and committee_id = ?")
                    .params(form.opinionId(), worker.committeeId()).query(Long.class).optional()
                    .orElseThrow(() -> BusinessException.notFound("群众意见建议"));
        }
        if (!worker.office()) {
            if (form.studioId() != null && !form.studioId().equals(worker.studioId())) {
                throw BusinessException.forbidden("只能为本工作室记录为民办实事");
            }
            return worker.studioId();
        }
        if (form.studioId() == null) {
            throw BusinessException.invalid("请选择委员工作室");
        }
        return studios.active(worker.committeeId(), form.studioId()).orElseThrow(() -> BusinessException.invalid("所选委员工作室不存在"))
                .id();
    }

    @Transactional(readOnly = true)
    public PageResult<Row> list(Long studioId, Integer year, PageQuery page) {
        StudioScope.Worker worker = scope.require();
        Map<String, Object> p = new HashMap<>();
        p.put("committee", worker.committeeId());
        p.put("studio", worker.office() ? studioId : worker.studioId());
        p.put("year", year);
        String where = "\n" + """
                 where d.committee_id = :committee and (cast(:studio as bigint) is null or d.studio_id = :studio)
                   and (cast(:year as int) is null or extract(year from d.happened_on) = :year)""";
        long total = jdbc.sql("select count(*) from studio_deed d" + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<Row> rows = jdbc.sql("""
                select d.id, u.name as studio, m.name as member, d.title, d.beneficiary, d.happened_on, d.recorded_at, d.citizen_opinion_id
                  from studio_deed d join org_unit u on u.id = d.studio_id left join member m on m.id = d.member_id""" + where + """

                 order by d.happened_on desc, d.id desc limit :limit offset :offset""").params(p)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("studio"), rs.getString("member"), rs.getString("title"),
                        rs.getString("beneficiary"), rs.getObject("happened_on", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getObject("citizen_opinion_id", Long.class)))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        StudioScope.Worker worker = scope.require();
        return find(worker, id).map(d -> d.withEvidence(attachments.list(worker.committeeId(), SubjectType.STUDIO_DEED, id)))
                .orElseThrow(() -> BusinessException.notFound("为民办实事记录"));
    }

    /** An evidence file of an item the user may open. */
    @Transactional(readOnly = true)
    public Attachments.StoredFile evidence(long id, long fileId) {
        StudioScope.Worker worker = scope.require();
        find(worker, id).orElseThrow(() -> BusinessException.notFound("为民办实事记录"));
        return attachments.content(worker.committeeId(), SubjectType.STUDIO_DEED, id, fileId)
                .orElseThrow(() -> BusinessException.notFound("佐证材料"));
    }

    private Optional<Detail> find(StudioScope.Worker worker, long id) {
        return jdbc.sql("""
                select d.*, u.name as studio, m.name as member from studio_deed d join org_unit u on u.id = d.studio_id
                  left join member m on m.id = d.member_id
                 where d.id = ? and d.committee_id = ? and (cast(? as bigint) is null or d.studio_id = ?)""")
                .params(id, worker.committeeId(), worker.studioId(), worker.studioId())
                .query((rs, n) -> new Detail(rs.getLong("id"), rs.getLong("studio_id"), rs.getString("studio"),
                        rs.getObject("member_id", Long.class), rs.getString("member"), rs.getString("title"), rs.getString("beneficiary"),
                        rs.getString("detail"), rs.getObject("happened_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getObject("citizen_opinion_id", Long.class), List.of()))
                .optional();
    }

    public record Row(long id, String studio, String member, String title, String beneficiary, LocalDate happenedOn,
                      Instant recordedAt, Long opinionId) {
    }

    public record Detail(long id, long studioId, String studio, Long memberId, String member, String title, String beneficiary,
                         String detail, LocalDate happenedOn, Instant recordedAt, String recordedBy, Long opinionId,
                         List<AttachmentInfo> evidence) {

        Detail withEvidence(List<AttachmentInfo> files) {
            return new Detail(id, studioId, studio, memberId, member, title, beneficiary, detail, happenedOn, recordedAt, recordedBy,
                    opinionId, files);
        }
    }
}
