package cn.tongxin.duty;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.ModerationDecided;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.PublicWrite;
import cn.tongxin.participation.PublicWrites;
import cn.tongxin.participation.Screening;
import cn.tongxin.participation.TrackingCodes;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * A citizen asks the member on duty, on the portal, while a shift is on: through the public write gate (captcha, rate
 * limits, length, markup, sensitive words); held questions wait for a moderator and are invisible until approved.
 * Outside any shift the question is refused with the next shift's time, and nothing is stored. The citizen gets a
 * tracking code (as for a studio's opinion) to read the answer, or what the question was converted into.
 */
@Service
public class AskOnDuty {

    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final PublicWrites writes;
    private final ModerationQueue moderation;
    private final CommitteeSettings settings;
    private final DutyRota rota;
    private final TransactionTemplate tx;
    private final Clock clock;

    AskOnDuty(JdbcClient jdbc, PublicWrites writes, ModerationQueue moderation, CommitteeSettings settings, DutyRota rota,
              TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.moderation = moderation;
        this.settings = settings;
        this.rota = rota;
        this.tx = tx;
        this.clock = clock;
    }

    public record Question(String nickname, String text, String captchaId, String captcha) {
    }

    /** Whether the question waits for a moderator, and the tracking code the citizen follows it by. */
    public record Asked(boolean held, String trackingCode) {
    }

    public Asked ask(long committeeId, Question q, String address) {
        var shift = rota.current(committeeId);
        if (shift.isEmpty()) {
            throw BusinessException.conflict(rota.upcoming(committeeId, 1).stream().findFirst().map(s -> "现在没有委员值班，下一班在"
                    + java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(clock.getZone()).format(s.startsAt()) + "开始")
                    .orElse("现在没有委员值班，请留意值班安排"));
        }
        var errors = new FieldErrors.Collector();
        String text = q.text() == null ? "" : q.text().strip();
        String nickname = q.nickname() == null || q.nickname().isBlank() ? null : q.nickname().strip();
        if (text.isEmpty()) {
            errors.add("text", "请填写要咨询的问题");
        }
        if (nickname != null && nickname.length() > 30) {
            errors.add("nickname", "称呼不能超过30个字");
        }
        errors.throwIfAny();
        Screening screening = writes.screen(new PublicWrite(committeeId, address, null, q.captchaId(), q.captcha(),
                settings.enabled(committeeId, SettingKey.PUBLIC_PRE_MODERATION),
                List.of(new PublicWrite.Text("text", "问题", text, MAX_TEXT), new PublicWrite.Text("nickname", "称呼", nickname, 30))));
        long shiftId = shift.get().id();
        String code = TrackingCodes.next();
        tx.executeWithoutResult(t -> {
            long id = jdbc.sql("""
                    insert into duty_question (committee_id, shift_id, nickname, text, status, tracking_hash) values (?, ?, ?, ?, ?, ?)
                    returning id""")
                    .params(committeeId, shiftId, nickname, text, screening.held() ? "HELD" : "OPEN", TrackingCodes.hash(code))
                    .query(Long.class).single();
            moderation.enqueue(committeeId, SubjectRef.of(SubjectType.DUTY_QUESTION, id), text, screening);
        });
        return new Asked(screening.held(), code);
    }

    /** A held question reaches the member on duty when approved; is closed when not. */
    @EventListener
    void on(ModerationDecided decided) {
        if (decided.subject().type() != SubjectType.DUTY_QUESTION) {
            return;
        }
        jdbc.sql("update duty_question set status = ? where id = ? and committee_id = ? and status = 'HELD'")
                .params(decided.approved() ? "OPEN" : "REJECTED", decided.subject().id(), decided.committeeId()).update();
    }
}
