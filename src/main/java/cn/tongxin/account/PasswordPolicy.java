package cn.tongxin.account;

import java.util.Optional;

/** At least 8 characters from at least 3 of: lower case, upper case, digits, other characters. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要" + MIN_LENGTH + "个字符");
        }
        if (password.length() > 64) {
            return Optional.of("密码不能超过64个字符");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("密码需包含大写字母、小写字母、数字、特殊字符中的至少三类");
        }
        return Optional.empty();
    }
}
