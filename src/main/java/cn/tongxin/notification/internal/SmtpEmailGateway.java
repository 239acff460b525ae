package cn.tongxin.notification.internal;

import java.io.UnsupportedEncodingException;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Plain-text UTF-8 e-mail through Spring Mail's sender ({@code spring.mail.host} …). */
class SmtpEmailGateway implements EmailGateway {

    private final JavaMailSender sender;
    private final MessagingProperties.Email settings;

    SmtpEmailGateway(JavaMailSender sender, MessagingProperties.Email settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void send(String to, String subject, String text) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from(), settings.fromName());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("邮件内容无法生成：" + e.getMessage(), e);
        }
        sender.send(message);
    }
}
