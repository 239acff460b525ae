package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void refusesPasswordsShorterThanEightCharacters() {
        assertThat(PasswordPolicy.check("Ab1!xyz")).contains("密码至少需要8个字符");
    }

    @Test
    void refusesPasswordsOfFewerThanThreeCharacterClasses() {
        assertThat(PasswordPolicy.check("abcdefgh1")).isPresent();
        assertThat(PasswordPolicy.check("ABCDEFGHI")).isPresent();
        assertThat(PasswordPolicy.check("12345678!")).isPresent();
    }

    @Test
    void acceptsPasswordsOfThreeClasses() {
        assertThat(PasswordPolicy.check("abcdefg1!")).isEmpty();
        assertThat(PasswordPolicy.check("Abcdefg12")).isEmpty();
        assertThat(PasswordPolicy.check("Demo@2026")).isEmpty();
    }
}
