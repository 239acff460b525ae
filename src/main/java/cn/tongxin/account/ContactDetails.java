package cn.tongxin.account;

import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountEvents.AccountChanged;
import cn.tongxin.shared.FieldErrors;

/** The current user's own e-mail and mobile, where messages and password recovery codes go. */
@Service
@Transactional
public class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ContactDetails(CurrentUsers currentUsers, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Contact mine() {
        CurrentUser me = currentUsers.get();
        return jdbc.sql("select email, mobile from user_account where id = ?").param(me.id())
                .query((rs, n) -> new Contact(rs.getString("email"), rs.getString("mobile"))).single();
    }

    /** Blank clears a field. */
    public void updateMine(Contact contact) {
        CurrentUser me = currentUsers.get();
        String email = blankToNull(contact.email());
        String mobile = blankToNull(contact.mobile());
        var errors = new FieldErrors.Collector();
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            errors.add("email", "电子邮箱格式不正确");
        }
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add("mobile", "手机号码须为11位数字");
        }
        errors.throwIfAny();
        jdbc.sql("update user_account set email = ?, mobile = ? where id = ?").params(email, mobile, me.id()).update();
        events.publishEvent(new AccountChanged(me.committeeId(), me.id(), "修改联系方式",
                "电子邮箱" + (email == null ? "未填" : "已填") + "，手机" + (mobile == null ? "未填" : "已填")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record Contact(String email, String mobile) {
    }
}
