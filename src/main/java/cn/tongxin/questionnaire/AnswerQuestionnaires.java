package cn.tongxin.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.participation.ModerationDecided;
import cn.tongxin.participation.ModerationQueue;
import cn.tongxin.participation.PublicWrite;
import cn.tongxin.participation.PublicWrites;
import cn.tongxin.participation.Screening;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.questionnaire.internal.Questionnaires;
import cn.tongxin.questionnaire.internal.ResponseStore;
import cn.tongxin.questionnaire.internal.ResponseStore.Respondent;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Answering, once per respondent: a member per account (logged in, members' questionnaires); a citizen on the portal
 * per phone (kept only as its blind index) or per device token, through the public write gate (captcha, rate limits,
 * length, markup, sensitive words). The answers are checked against the questions and their conditions first; a
 * second answer is refused with 409 and stores nothing.
 */
@Service
public class AnswerQuestionnaires {

    static final String ALREADY = "您已经填写过本问卷，每人只能填写一次，本次提交未保存";
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final Questionnaires questionnaires;
    private final ResponseStore responses;
    private final CurrentUsers currentUsers;
    private final PublicWrites writes;
    private final ModerationQueue moderation;
    private final PersonalData personalData;
    private final TransactionTemplate tx;

    AnswerQuestionnaires(Questionnaires questionnaires, ResponseStore responses, CurrentUsers currentUsers, PublicWrites writes,
                         ModerationQueue moderation, PersonalData personalData, TransactionTemplate tx) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.currentUsers = currentUsers;
        this.writes = writes;
        this.moderation = moderation;
        this.personalData = personalData;
        this.tx = tx;
    }

    /** A member answers a members' questionnaire of their committee; returns the answer's id. */
    @Transactional
    public long answerAsMember(long id, Map<String, Answer> answers) {
        CurrentUser member = currentUsers.require(Role.MEMBER);
        Questionnaire q = questionnaires.get(member.committeeId(), id);
        if (q.audience() != Audience.MEMBERS || q.status() == QuestionnaireWorkflow.Status.DRAFT) {
            throw BusinessException.notFound("该问卷");
        }
        q.requireAnswerable();
        AnswerSheet sheet = AnswerSheet.check(q.definition(), answers);
        return responses.insert(member.committeeId(), id, Respondent.account(member.id()), true, sheet)
                .orElseThrow(() -> BusinessException.conflict(ALREADY));
    }

    /** What a citizen sends with their answers. */
    public record PublicAnswer(Map<String, Answer> answers, String phone, String captchaId, String captcha) {
    }

    /**
     * A citizen answers a public questionnaire on the portal. {@code deviceToken}: the random token of their browser's
     * cookie (the page sets one). Returns whether the answer counts at once (false: a moderator holds it).
     */
    public boolean answerInPublic(long committeeId, long id, PublicAnswer form, String address, String deviceToken) {
        Questionnaire q = questionnaires.read(id, committeeId).orElseThrow(() -> BusinessException.notFound("该问卷"));
        if (q.audience() != Audience.PUBLIC || q.status() == QuestionnaireWorkflow.Status.DRAFT) {
            throw BusinessException.notFound("该问卷");
        }
        q.requireAnswerable();
        String phone = form.phone() == null ? "" : form.phone().strip();
        boolean byPhone = q.identifyBy() == PublicIdentity.PHONE;
        if (byPhone && !MOBILE.matcher(phone).matches()) {
            throw Problems.field("phone", "请填写11位手机号码（每个手机号只能填写一次，号码加密保存，不会公开）");
        }
        if (!byPhone && (deviceToken == null || deviceToken.length() < 16)) {
            throw BusinessException.invalid("请允许浏览器保存本站的 Cookie 后刷新页面再填写（用于防止重复填写）");
        }
        AnswerSheet sheet = AnswerSheet.check(q.definition(), form.answers());
        List<PublicWrite.Text> texts = sheet.texts().stream()
                .map(i -> new PublicWrite.Text(i.question(), "第" + q.definition().number(i.question()) + "题的回答", i.text(),
                        AnswerSheet.MAX_TEXT))
                .toList();
        Screening screening = writes.screen(new PublicWrite(committeeId, address, byPhone ? phone : null, form.captchaId(),
                form.captcha(), false, texts));
        Respondent who = byPhone ? Respondent.phone(personalData.index(phone)) : Respondent.device(sha256(deviceToken));
        return Boolean.TRUE.equals(tx.execute(status -> {
            long response = responses.insert(committeeId, id, who, !screening.held(), sheet)
                    .orElseThrow(() -> BusinessException.conflict(ALREADY));
            String excerpt = String.join(" / ", sheet.texts().stream().map(AnswerSheet.Item::text).toList());
            moderation.enqueue(committeeId, SubjectRef.of(SubjectType.QUESTIONNAIRE_RESPONSE, response),
                    "《" + q.title() + "》答卷：" + excerpt, screening);
            return !screening.held();
        }));
    }

    /** Whether this browser (its device token) has answered the public questionnaire already. */
    @Transactional(readOnly = true)
    public boolean answeredOnDevice(long committeeId, long id, String deviceToken) {
        return deviceToken != null && responses.answered(committeeId, id, Respondent.device(sha256(deviceToken)));
    }

    /** A held answer counts once approved; a refused one never does. */
    @ApplicationModuleListener
    void on(ModerationDecided decided) {
        if (decided.subject().type() == SubjectType.QUESTIONNAIRE_RESPONSE && decided.approved()) {
            responses.count(decided.committeeId(), decided.subject().id());
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
