package cn.tongxin.memoir;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.memoir.MemoirWorkflow.Status;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;

/**
 * Reads accounts: the office (and leaders) every account of a call; a member only their own. An account's page shows
 * the author's text and the edited text side by side to the office and to its author.
 */
@Service
@Transactional(readOnly = true)
public class MemoirQueries {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final PersonalData personalData;
    private final Attachments attachments;
    private final AuditLog audit;

    MemoirQueries(JdbcClient jdbc, CurrentUsers currentUsers, PersonalData personalData, Attachments attachments, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.personalData = personalData;
        this.attachments = attachments;
        this.audit = audit;
    }

    public record Row(long id, String title, String authorName, String period, Status status, Instant submittedAt, int length,
                      MemoirSource source) {
    }

    /**
     * An account; {@code phone} (a citizen's, from the portal) only for the office, each opening audited;
     * {@code flaggedWords}: the committee's sensitive words the public gate found in it, for the office.
     */
    public record Page(long id, long callId, String title, String authorName, Long memberId, String period, String text, String editedText,
                       Status status, String reason, Instant submittedAt, int version, boolean office, boolean author,
                       MemoirSource source, String phone, String flaggedWords, List<AttachmentInfo> files) {
        public List<MemoirWorkflow.Action> actions() {
            java.util.Set<MemoirWorkflow.Party> as = java.util.EnumSet.noneOf(MemoirWorkflow.Party.class);
            if (office) {
                as.add(MemoirWorkflow.Party.OFFICE);
            }
            if (author) {
                as.add(MemoirWorkflow.Party.AUTHOR);
            }
            return MemoirWorkflow.TABLE.actions(status, as);
        }
    }

    /** The call's accounts the reader may see (withdrawn ones only to their author), newest first, at most 500. */
    public List<Row> ofCall(long callId) {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        boolean office = reader.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select id, title, author_name, period, status, submitted_at, length(coalesce(edited_text, text)) as length, source
                  from memoir
                 where committee_id = :committee and call_id = :call
                   and ((:office and status <> 'WITHDRAWN') or member_id = :member)
                 order by submitted_at desc, id desc limit 500""")
                .param("committee", reader.committeeId()).param("call", callId).param("office", office)
                .param("member", reader.memberId() == null ? -1L : reader.memberId())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("author_name"), rs.getString("period"),
                        Status.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(), rs.getInt("length"),
                        MemoirSource.valueOf(rs.getString("source"))))
                .list();
    }

    @Transactional
    public Page get(long id) {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        Page page = read(reader, id);
        if (page.phone() != null) {
            audit.record(reader.committeeId(), "查看文史资料投稿人手机号", "memoir", id, "群众网上投稿");
        }
        return new Page(page.id(), page.callId(), page.title(), page.authorName(), page.memberId(), page.period(), page.text(),
                page.editedText(), page.status(), page.reason(), page.submittedAt(), page.version(), page.office(), page.author(),
                page.source(), page.phone() == null ? null : personalData.reveal(page.phone()), page.flaggedWords(),
                attachments.list(reader.committeeId(), SubjectType.MEMOIR, id));
    }

    /** A photo or scan of an account, for whoever may read the account. */
    public Attachments.StoredFile file(long id, long fileId) {
        CurrentUser reader = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        read(reader, id);
        return attachments.content(reader.committeeId(), SubjectType.MEMOIR, id, fileId)
                .orElseThrow(() -> BusinessException.notFound("附件"));
    }

    /** The account as stored (the phone still sealed), or 404 to whoever may not read it. */
    private Page read(CurrentUser reader, long id) {
        boolean office = reader.hasAny(Role.ADMIN, Role.STAFF);
        Page page = jdbc.sql("select * from memoir where id = ? and committee_id = ?").params(id, reader.committeeId())
                .query((rs, n) -> new Page(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"), rs.getString("author_name"),
                        rs.getObject("member_id", Long.class), rs.getString("period"), rs.getString("text"), rs.getString("edited_text"),
                        Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getInt("version"), office,
                        rs.getObject("member_id", Long.class) != null && rs.getObject("member_id", Long.class).equals(reader.memberId()),
                        MemoirSource.valueOf(rs.getString("source")), office ? rs.getString("phone") : null,
                        office ? rs.getString("flagged_words") : null, List.of()))
                .optional().orElseThrow(() -> BusinessException.notFound("稿件"));
        if (!page.office() && !page.author() && !reader.has(Role.LEADER)) {
            throw BusinessException.notFound("稿件");
        }
        return page;
    }
}
