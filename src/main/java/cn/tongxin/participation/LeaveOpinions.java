package cn.tongxin.participation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.attachment.AttachmentInfo;
import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.participation.internal.PublicRateLimits;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * 群众意见建议 at a studio's public page: a citizen leaves a problem (name, phone, place, photos) through the public
 * write pipeline and gets a tracking code; with it, at the same address, they see the progress and the reply.
 */
@Service
public class LeaveOpinions {

    static final int MAX_PHOTOS = 3;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final JdbcClient jdbc;
    private final PublicWrites writes;
    private final PublicRateLimits limits;
    private final CommitteeSettings settings;
    private final StudioHeadlines studios;
    private final PersonalData personalData;
    private final Attachments attachments;
    private final ModerationQueue moderation;
    private final TransactionTemplate tx;
    private final StudioModeration studioModeration;

    LeaveOpinions(JdbcClient jdbc, PublicWrites writes, PublicRateLimits limits, CommitteeSettings settings, StudioHeadlines studios,
                  PersonalData personalData, Attachments attachments, ModerationQueue moderation, TransactionTemplate tx,
                  StudioModeration studioModeration) {
        this.studioModeration = studioModeration;
        this.jdbc = jdbc;
        this.writes = writes;
        this.limits = limits;
        this.settings = settings;
        this.studios = studios;
        this.personalData = personalData;
        this.attachments = attachments;
        this.moderation = moderation;
        this.tx = tx;
    }

    /** Stores the opinion and returns its tracking code; refused with a Chinese message and nothing stored otherwise. */
    public String leave(long committeeId, long studioId, OpinionForm form, List<Upload> photos, String address) {
        studios.active(committeeId, studioId).orElseThrow(() -> BusinessException.notFound("该委员工作室"));
        var errors = new FieldErrors.Collector();
        String name = form.name() == null ? "" : form.name().strip();
        String phone = form.phone() == null ? "" : form.phone().strip();
        String content = form.content() == null ? "" : form.content().strip();
        if (name.isEmpty()) {
            errors.add("name", "请填写姓名");
        }
        if (!MOBILE.matcher(phone).matches()) {
            errors.add("phone", "请填写11位手机号码");
        }
        if (content.isEmpty()) {
            errors.add("content", "请填写意见建议内容");
        }
        List<Upload> sent = photos == null ? List.of() : photos.stream().filter(p -> !p.isEmpty()).toList();
        if (sent.size() > MAX_PHOTOS) {
            errors.add("photos", "照片最多" + MAX_PHOTOS + "张");
        }
        for (Upload photo : sent) {
            try {
                if (!Attachments.check(photo).startsWith("image/")) {
                    errors.add("photos", "照片“" + photo.filename() + "”须为 PNG 或 JPEG 图片");
                }
            } catch (BusinessException e) {
                errors.add("photos", e.getMessage());
            }
        }
        errors.throwIfAny();
        boolean preModerated = studioModeration.preModerated(committeeId, studioId);
        Screening screening = writes.screen(new PublicWrite(committeeId, address, phone, form.captchaId(), form.captcha(), preModerated,
                List.of(new PublicWrite.Text("name", "姓名", name, 30), new PublicWrite.Text("place", "地点", form.place(), 100),
                        PublicWrite.Text.of("content", "意见建议", content))));
        String code = TrackingCodes.next();
        tx.executeWithoutResult(status -> {
            var sealedPhone = personalData.seal(phone);
            long id = jdbc.sql("""
                    insert into citizen_opinion (committee_id, studio_id, tracking_hash, name, phone, phone_index, place, content, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(committeeId, studioId, TrackingCodes.hash(code), personalData.encrypt(name), sealedPhone.value(),
                            sealedPhone.index(), blankToNull(form.place()), content,
                            (screening.held() ? CitizenOpinionStatus.HELD : CitizenOpinionStatus.RECEIVED).name())
                    .query(Long.class).single();
            for (Upload photo : sent) {
                attachments.storePublicImage(committeeId, SubjectType.CITIZEN_OPINION, id, photo, "群众");
            }
            moderation.enqueue(committeeId, SubjectRef.of(SubjectType.CITIZEN_OPINION, id), content, screening);
        });
        return code;
    }

    /** What the citizen sees by tracking code; look-ups are rate-limited per address (429). */
    public Optional<Tracked> track(long committeeId, String typedCode, String address) {
        if (!limits.allow(PublicRateLimits.lookupByAddress(committeeId, address), 3600,
                settings.value(committeeId, SettingKey.PUBLIC_LOOKUPS_PER_ADDRESS_PER_HOUR))) {
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁，请一小时后再试");
        }
        String code = TrackingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select o.id, o.studio_id, o.place, o.content, o.status, o.reply, o.replied_at, o.converted_type, o.received_at
                  from citizen_opinion o where o.committee_id = ? and o.tracking_hash = ?""")
                .params(committeeId, TrackingCodes.hash(code))
                .query((rs, n) -> new Tracked(code, rs.getLong("studio_id"), rs.getString("place"), rs.getString("content"),
                        CitizenOpinionStatus.valueOf(rs.getString("status")), rs.getString("reply"),
                        rs.getTimestamp("replied_at") == null ? null : rs.getTimestamp("replied_at").toInstant(),
                        rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type")).label(),
                        rs.getTimestamp("received_at").toInstant(), rs.getLong("id")))
                .optional()
                .map(t -> t.withPhotos(attachments.list(committeeId, SubjectType.CITIZEN_OPINION, t.id())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An opinion as its author sees it (no name or phone: the page is reachable by whoever holds the code). */
    public record Tracked(String code, long studioId, String place, String content, CitizenOpinionStatus status, String reply,
                         Instant repliedAt, String convertedTo, Instant receivedAt, long id, List<AttachmentInfo> photos) {

        Tracked(String code, long studioId, String place, String content, CitizenOpinionStatus status, String reply,
                Instant repliedAt, String convertedTo, Instant receivedAt, long id) {
            this(code, studioId, place, content, status, reply, repliedAt, convertedTo, receivedAt, id, List.of());
        }

        Tracked withPhotos(List<AttachmentInfo> list) {
            return new Tracked(code, studioId, place, content, status, reply, repliedAt, convertedTo, receivedAt, id, list);
        }
    }
}
