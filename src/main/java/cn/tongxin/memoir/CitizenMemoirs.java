package cn.tongxin.memoir;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.memoir.MemoirWorkflow.Status;
import cn.tongxin.memoir.internal.Memoirs;
import cn.tongxin.participation.PublicLookups;
import cn.tongxin.participation.PublicWrite;
import cn.tongxin.participation.PublicWrites;
import cn.tongxin.participation.Screening;
import cn.tongxin.participation.TrackingCodes;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.timeline.Timeline;

/**
 * A citizen sends an account to a call the committee shows on its portal: name, phone, title, text and photos or scans,
 * through the public write gate (captcha, limits per address and phone, length, markup, sensitive words — a hit is
 * kept for the office, which reviews every account anyway). The phone is sealed; the citizen gets a tracking code and
 * sees, at the same address, whether the account was received, selected or not selected. Nothing is stored when refused.
 */
@Service
public class CitizenMemoirs {

    static final int MAX_FILES = 5;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final Memoirs memoirs;
    private final MemoirCalls calls;
    private final PublicWrites writes;
    private final PublicLookups lookups;
    private final PersonalData personalData;
    private final Attachments attachments;
    private final Timeline timeline;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenMemoirs(Memoirs memoirs, MemoirCalls calls, PublicWrites writes, PublicLookups lookups, PersonalData personalData,
                   Attachments attachments, Timeline timeline, TransactionTemplate tx, JdbcClient jdbc, Clock clock) {
        this.memoirs = memoirs;
        this.calls = calls;
        this.writes = writes;
        this.lookups = lookups;
        this.personalData = personalData;
        this.attachments = attachments;
        this.timeline = timeline;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record CitizenForm(String name, String phone, String title, String text, String captchaId, String captcha) {
    }

    /** Stores the account and returns its tracking code; a Chinese 4xx and nothing stored otherwise. */
    public String submit(long committeeId, long callId, CitizenForm f, List<Upload> files, String address) {
        MemoirCalls.Call call = calls.onPortal(committeeId, callId);
        if (!call.accepting(LocalDate.now(clock))) {
            throw BusinessException.conflict("该征集不在征集期内，不能投稿");
        }
        String name = strip(f.name());
        String phone = strip(f.phone());
        String title = strip(f.title());
        String text = strip(f.text());
        var errors = new FieldErrors.Collector();
        if (name.isEmpty()) {
            errors.add("name", "请填写姓名（将作为作者署名）");
        }
        if (!MOBILE.matcher(phone).matches()) {
            errors.add("phone", "请填写11位手机号码");
        }
        if (title.isEmpty()) {
            errors.add("title", "请填写标题");
        }
        if (text.isEmpty()) {
            errors.add("text", "请填写正文");
        }
        List<Upload> sent = files == null ? List.of() : files.stream().filter(u -> !u.isEmpty()).toList();
        if (sent.size() > MAX_FILES) {
            errors.add("files", "附件最多" + MAX_FILES + "个");
        }
        for (Upload file : sent) {
            try {
                String type = Attachments.check(file);
                if (!type.startsWith("image/") && !type.equals("application/pdf")) {
                    errors.add("files", "附件“" + file.filename() + "”须为 PNG、JPEG 图片或 PDF 扫描件");
                }
            } catch (BusinessException e) {
                errors.add("files", e.getMessage());
            }
        }
        errors.throwIfAny();
        Screening screening = writes.screen(new PublicWrite(committeeId, address, phone, f.captchaId(), f.captcha(), false, List.of(
                new PublicWrite.Text("name", "姓名", name, 30), new PublicWrite.Text("title", "标题", title, 200),
                new PublicWrite.Text("text", "正文", text, SubmitMemoirs.MAX_TEXT))));
        String code = TrackingCodes.next();
        tx.executeWithoutResult(status -> {
            var sealed = personalData.seal(phone);
            String flagged = screening.flaggedWords().isEmpty() ? null : String.join("、", screening.flaggedWords());
            if (flagged != null && flagged.length() > 500) {
                flagged = flagged.substring(0, 500);
            }
            // the call may have closed since it was read: its share lock makes closing and sending not cross
            calls.locked(committeeId, callId).filter(c -> c.onPortal() && c.accepting(LocalDate.now(clock)))
                    .orElseThrow(() -> BusinessException.conflict("该征集不在征集期内，不能投稿"));
            Memoir memoir = memoirs.save(Memoir.fromPortal(committeeId, callId, title, name, text, sealed.value(), sealed.index(),
                    TrackingCodes.hash(code), flagged));
            for (Upload file : sent) {
                attachments.storePublicScan(committeeId, SubjectType.MEMOIR, memoir.id(), file, "群众");
            }
            timeline.record(committeeId, SubjectType.MEMOIR, memoir.id(), "群众网上投稿", null, memoir.status().label(),
                    "《" + call.theme() + "》征集");
        });
        return code;
    }

    /** The account its citizen follows by tracking code (no name or phone: whoever holds the code may read the page). */
    public Optional<Tracked> track(long committeeId, String typedCode, String address) {
        lookups.count(committeeId, address);
        String code = TrackingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select m.id, m.title, m.status, m.submitted_at, c.theme
                  from memoir m join memoir_call c on c.id = m.call_id
                 where m.committee_id = ? and m.tracking_hash = ?""")
                .params(committeeId, TrackingCodes.hash(code))
                .query((rs, n) -> new Tracked(code, rs.getString("theme"), rs.getString("title"), Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getLong("id")))
                .optional();
    }

    /** How many photos or scans came with the account the citizen follows. */
    public int files(long committeeId, Tracked tracked) {
        return attachments.list(committeeId, SubjectType.MEMOIR, tracked.memoirId()).size();
    }

    /** What the citizen sees: 已收到 while it waits, then 入选 or 未入选. */
    public record Tracked(String code, String theme, String title, Status status, Instant submittedAt, long memoirId) {
        public String statusLabel() {
            return switch (status) {
                case SELECTED -> "入选";
                case DECLINED -> "未入选";
                default -> "已收到，正在审阅";
            };
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
