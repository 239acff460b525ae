package cn.tongxin.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Demo accounts keep their published password in the demo, and must change it at first login anywhere else. */
class PasswordAgeTests {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private static PasswordAge age(boolean demo) {
        return new PasswordAge(new PasswordProperties(null, null, null), null, Clock.fixed(NOW, java.time.ZoneOffset.UTC), demo);
    }

    private static UserAccount account(boolean published, Duration age) {
        UserAccount a = new UserAccount();
        a.publishedPassword = published;
        a.passwordChangedAt = NOW.minus(age);
        return a;
    }

    @Test
    void aPublishedPasswordMustBeChangedOutsideTheDemoOnly() {
        assertThat(age(false).mustChange(account(true, Duration.ofDays(1)), NOW)).isTrue();
        assertThat(age(true).mustChange(account(true, Duration.ofDays(1)), NOW)).isFalse();
        assertThat(age(true).mustChange(account(true, Duration.ofDays(400)), NOW)).as("the demo keeps its passwords").isFalse();
    }

    @Test
    void aPasswordExpiresAfterTheConfiguredAge() {
        assertThat(age(true).mustChange(account(false, Duration.ofDays(89)), NOW)).isFalse();
        assertThat(age(true).mustChange(account(false, Duration.ofDays(90)), NOW)).isTrue();
        assertThat(age(false).mustChange(account(false, Duration.ofDays(10)), NOW)).isFalse();
    }
}
