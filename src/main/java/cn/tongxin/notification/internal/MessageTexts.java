package cn.tongxin.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.account.AccountDirectory.Addressee;
import cn.tongxin.notification.MessageCreated;

/** The words of e-mails and SMS. */
@Component
public class MessageTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    static final String FOOTER = "\n\n——同心政协履职平台\n（接收方式可在平台“消息设置”中调整）";

    private final MessagingProperties settings;

    MessageTexts(MessagingProperties settings) {
        this.settings = settings;
    }

    String emailSubject(MessageCreated m) {
        return "【同心】" + m.title();
    }

    String emailBody(MessageCreated m, Addressee to) {
        var text = new StringBuilder(to.displayName()).append("，您好：\n\n").append(m.title());
        if (m.body() != null && !m.body().isBlank()) {
            text.append("\n").append(m.body());
        }
        if (m.link() != null) {
            text.append("\n\n查看详情：").append(settings.baseUrl()).append(m.link());
        }
        return text.append(FOOTER).toString();
    }

    String smsText(MessageCreated m) {
        return "【" + settings.sms().signName() + "】您有一条新消息：" + smsTitle(m.title()) + "，请登录平台查看。";
    }

    /** SMS templates limit a variable's length (Aliyun: 35 characters). */
    static String smsTitle(String title) {
        return title.length() <= 30 ? title : title.substring(0, 29) + "…";
    }

    String digestSubject(int count, Instant from, Instant to) {
        return "【同心】每日消息汇总：" + TIME.format(from) + "至" + TIME.format(to) + "共" + count + "条";
    }

    String digestBody(Addressee to, List<Messages.DigestLine> lines, boolean more) {
        var text = new StringBuilder(to.displayName()).append("，您好：\n\n以下是您在平台上的新消息：\n");
        int i = 1;
        for (var line : lines) {
            text.append("\n").append(i++).append(". ").append(TIME.format(line.createdAt())).append("  ").append(line.title());
            if (line.body() != null && !line.body().isBlank()) {
                text.append("\n   ").append(line.body());
            }
            if (line.link() != null) {
                text.append("\n   ").append(settings.baseUrl()).append(line.link());
            }
        }
        if (more) {
            text.append("\n\n……更多消息请登录平台查看。");
        }
        return text.append(FOOTER).toString();
    }

    public String codeSubject() {
        return "【同心】找回密码验证码";
    }

    public String codeBody(Addressee to, String code, int minutes) {
        return to.displayName() + "，您好：\n\n您正在找回账户“" + to.username() + "”的密码，验证码为：" + code + "\n"
                + minutes + "分钟内有效，仅可使用一次。如非本人操作，请忽略本邮件，并留意账户安全。" + FOOTER;
    }

    public String codeSms(String code, int minutes) {
        return "【" + settings.sms().signName() + "】您的找回密码验证码为" + code + "，" + minutes + "分钟内有效。如非本人操作，请忽略。";
    }
}
