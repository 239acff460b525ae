package cn.tongxin.member.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Field rules shared by the edit form and the roster import. */
final class MemberRules {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MemberRules() {
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            return "不能为空";
        }
        return name.strip().length() > 50 ? "不能超过50个字" : null;
    }

    static String checkMobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return "不能为空";
        }
        return MOBILE.matcher(mobile.strip()).matches() ? null : "格式不正确";
    }

    static String checkBirthDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        return date.isAfter(today.minusYears(18)) || date.isBefore(today.minusYears(120)) ? "不合理" : null;
    }
}
