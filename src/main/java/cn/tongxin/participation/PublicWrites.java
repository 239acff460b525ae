package cn.tongxin.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.participation.internal.PublicRateLimits;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/**
 * The gate every public write passes, before anything of it is stored: captcha, rate limit per address and per phone,
 * length limits, no markup, and the committee's sensitive words (a hit holds the write for a moderator). Callers run
 * it before the transaction that stores (it commits on its own: a used captcha and a counted attempt stay so even when
 * the write is refused), then store, then {@link ModerationQueue#enqueue} what is held, in the storing transaction.
 */
@Service
public class PublicWrites {

    /** Markup a browser would act on; text with it is refused rather than stored (pages escape everything anyway). */
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|iframe|object|embed|svg|img|style|link|meta|form|input|a|body|html)\\b|javascript\\s*:|\\bon[a-z]{3,}\\s*=");

    private final Captchas captchas;
    private final PublicRateLimits limits;
    private final CommitteeSettings settings;
    private final SensitiveWords words;

    PublicWrites(Captchas captchas, PublicRateLimits limits, CommitteeSettings settings, SensitiveWords words) {
        this.captchas = captchas;
        this.limits = limits;
        this.settings = settings;
        this.words = words;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BusinessException.class)
    public Screening screen(PublicWrite write) {
        if (!captchas.solve(write.captchaId(), write.captchaAnswer())) {
            throw BusinessException.invalid("验证码不正确或已过期，请看清图片后重新输入");
        }
        long committee = write.committeeId();
        // counted once the captcha is right: a burst of real attempts is what the limit is for
        if (!limits.allow(PublicRateLimits.writeByAddress(committee, write.address()), 3600,
                settings.value(committee, SettingKey.PUBLIC_WRITES_PER_ADDRESS_PER_HOUR))) {
            throw tooMany("提交过于频繁，请一小时后再试");
        }
        if (write.phone() != null && !write.phone().isBlank() && !limits.allow(limits.writeByPhone(write.phone()),
                86400, settings.value(committee, SettingKey.PUBLIC_WRITES_PER_PHONE_PER_DAY))) {
            throw tooMany("该手机号今天提交的次数已达上限，请明天再试");
        }
        int committeeMax = settings.value(committee, SettingKey.PUBLIC_TEXT_MAX_CHARS);
        var errors = new FieldErrors.Collector();
        StringBuilder all = new StringBuilder();
        for (PublicWrite.Text text : write.texts()) {
            String value = text.value() == null ? "" : text.value();
            int max = text.maxChars() > 0 ? text.maxChars() : committeeMax;
            if (value.codePointCount(0, value.length()) > max) {
                errors.add(text.field(), text.label() + "不能超过" + max + "字");
            }
            if (MARKUP.matcher(value).find()) {
                errors.add(text.field(), text.label() + "不能包含网页代码（如 <script>），请只填写文字");
            }
            all.append(value).append('\n');
        }
        errors.throwIfAny();
        List<String> flagged = new ArrayList<>(words.foundIn(committee, all.toString()));
        return new Screening(write.preModerated() || !flagged.isEmpty(), List.copyOf(flagged));
    }

    private static BusinessException tooMany(String message) {
        return new BusinessException(HttpStatus.TOO_MANY_REQUESTS, message);
    }
}
