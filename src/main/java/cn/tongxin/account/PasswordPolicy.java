package cn.tongxin.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * At least 8 characters from at least 3 of: lower case, upper case, digits, other characters; not containing the user
 * name; not one of the common passwords (resource {@code common-passwords.txt}, compared without case). Reuse of the
 * last passwords and their age are the account service's to check (they need the account's history).
 */
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

    /** As {@link #check(String)}, and the password may not contain the user name nor be a common password. */
    public static Optional<String> check(String password, String username) {
        Optional<String> basic = check(password);
        if (basic.isPresent()) {
            return basic;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含用户名");
        }
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of("该密码过于常见，容易被猜中，请换一个");
        }
        return Optional.empty();
    }

    /** True when the password is on the list of common passwords (without case). */
    public static boolean isCommon(String password) {
        return password != null && Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded at first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
            if (in == null) {
                throw new IllegalStateException("缺少常见密码表 common-passwords.txt");
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> set = new HashSet<>();
                reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
                return Set.copyOf(set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
