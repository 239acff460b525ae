package cn.tongxin.account;

import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountEvents.AccountChanged;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/**
 * An account's e-mail and mobile, where messages and password recovery codes go: the user's own, and an
 * administrator's correction of an account of the committee. Stored sealed with SM4 beside blind indexes (V36);
 * shown in full only here, to the user and to that administrator; lists show them masked.
 */
@Service
@Transactional
public class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PersonalData personal;

    ContactDetails(CurrentUsers currentUsers, JdbcClient jdbc, ApplicationEventPublisher events, PersonalData personal) {
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.events = events;
        this.personal = personal;
    }

    @Transactional(readOnly = true)
    public Contact mine() {
        CurrentUser me = currentUsers.get();
        return read(me.id(), me.committeeId());
    }

    /** Blank clears a field. */
    public void updateMine(Contact contact) {
        CurrentUser me = currentUsers.get();
        write(me.id(), me.committeeId(), contact, "修改联系方式");
    }

    /** An account's contact details in full, for the committee's administrator correcting them. */
    @Transactional(readOnly = true)
    public Contact ofAccount(long accountId) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        return read(accountId, admin.committeeId());
    }

    /** The administrator corrects an account's contact details (blank clears a field). */
    public void updateFor(long accountId, Contact contact) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        read(accountId, admin.committeeId());
        write(accountId, admin.committeeId(), contact, "修改账户联系方式");
    }

    private Contact read(long accountId, long committeeId) {
        return jdbc.sql("select email_sealed, mobile_sealed from user_account where id = ? and committee_id = ?")
                .params(accountId, committeeId)
                .query((rs, n) -> new Contact(personal.reveal(rs.getString("email_sealed")), personal.reveal(rs.getString("mobile_sealed"))))
                .optional().orElseThrow(() -> BusinessException.notFound("账户"));
    }

    private void write(long accountId, long committeeId, Contact contact, String action) {
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
        var sealedEmail = email == null ? null : personal.sealEmail(email);
        var sealedMobile = mobile == null ? null : personal.seal(mobile);
        jdbc.sql("""
                update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ?
                 where id = ? and committee_id = ?""")
                .params(sealedEmail == null ? null : sealedEmail.value(), sealedEmail == null ? null : sealedEmail.index(),
                        sealedMobile == null ? null : sealedMobile.value(), sealedMobile == null ? null : sealedMobile.index(),
                        accountId, committeeId)
                .update();
        events.publishEvent(new AccountChanged(committeeId, accountId, action,
                "电子邮箱" + (email == null ? "未填" : "已填") + "，手机" + (mobile == null ? "未填" : "已填")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record Contact(String email, String mobile) {
    }
}
