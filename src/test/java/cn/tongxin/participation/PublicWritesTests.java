package cn.tongxin.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** The gate of every public write: captcha, limits per address and phone, length, markup, sensitive words. */
@IntegrationTest
class PublicWritesTests {

    @Autowired
    PublicWrites writes;
    @Autowired
    Captchas captchas;
    @Autowired
    JdbcClient jdbc;

    private final String address = "198.51.100." + (int) (Math.random() * 250);

    private PublicWrite write(long committee, String phone, boolean preModerated, String text) {
        var challenge = captchas.issue();
        return new PublicWrite(committee, address + UUID.randomUUID(), phone, challenge.id(), challenge.answer(), preModerated,
                List.of(PublicWrite.Text.of("content", "内容", text)));
    }

    private long west() {
        return DemoCommittees.of(jdbc).west();
    }

    @Test
    void aWrongCaptchaIsRefusedAndACaptchaIsGoodOnce() {
        var challenge = captchas.issue();
        assertThat(challenge.image()).startsWith("data:image/png;base64,");
        var wrong = new PublicWrite(west(), address, null, challenge.id(), "####", false, List.of());
        assertThatThrownBy(() -> writes.screen(wrong)).isInstanceOf(BusinessException.class).hasMessageContaining("验证码不正确");
        // the right answer after a wrong one: the picture is used up
        var late = new PublicWrite(west(), address, null, challenge.id(), challenge.answer(), false, List.of());
        assertThatThrownBy(() -> writes.screen(late)).hasMessageContaining("验证码");

        var fresh = captchas.issue();
        var right = new PublicWrite(west(), address, null, fresh.id(), fresh.answer().toUpperCase(), false, List.of());
        assertThat(writes.screen(right).held()).isFalse();
        assertThatThrownBy(() -> writes.screen(right)).hasMessageContaining("验证码");
    }

    @Test
    void aBurstFromOneAddressIsRefusedWith429() {
        String burst = "203.0.113." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            var c = captchas.issue();
            try {
                writes.screen(new PublicWrite(west(), burst, null, c.id(), c.answer(), false, List.of()));
            } catch (BusinessException e) {
                assertThat(e.status().value()).isEqualTo(429);
                assertThat(e.getMessage()).contains("提交过于频繁");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2); // 10 an hour by default
    }

    @Test
    void onePhoneIsLimitedPerDayFromAnyAddress() {
        String phone = "139" + String.format("%08d", (long) (Math.random() * 99_999_999));
        for (int i = 0; i < 5; i++) {
            writes.screen(write(west(), phone, false, "第" + i + "次"));
        }
        assertThatThrownBy(() -> writes.screen(write(west(), phone, false, "第六次")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status().value()).isEqualTo(429))
                .hasMessageContaining("该手机号今天提交的次数已达上限");
        assertThat(jdbc.sql("select count(*) from rate_limit where bucket like ?").param("%" + phone + "%").query(Long.class).single())
                .as("the phone is counted under its blind index, never in plain").isZero();
    }

    @Test
    void oversizedTextAndMarkupAreRefusedNamingTheField() {
        assertThatThrownBy(() -> writes.screen(write(west(), null, false, "长".repeat(1001))))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.message()).isEqualTo("内容不能超过1000字")));
        for (String script : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "点这里 javascript:alert(1)",
                "<svg/onload=alert(1)>")) {
            assertThatThrownBy(() -> writes.screen(write(west(), null, false, script)))
                    .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.status().value()).isEqualTo(422))
                    .hasMessageContaining("提交的内容有误");
        }
        assertThat(writes.screen(write(west(), null, false, "小区门口 3<5 个路灯不亮，a>b 也行")).held()).isFalse();
    }

    @Test
    void aSensitiveWordHoldsTheWriteEvenWithoutPreModeration() {
        long committee = west();
        String word = "违禁" + UUID.randomUUID().toString().substring(0, 4);
        jdbc.sql("insert into sensitive_word (committee_id, word, added_by) values (?, ?, 'test')").params(committee, word).update();
        Screening screening = writes.screen(write(committee, null, false, "这里有" + word.toUpperCase() + "的内容"));
        assertThat(screening.held()).isTrue();
        assertThat(screening.flaggedWords()).containsExactly(word);
        // another committee's list does not apply
        assertThat(writes.screen(write(DemoCommittees.of(jdbc).east(), null, false, "这里有" + word)).held()).isFalse();
        // a clean write to a pre-moderated item is held too, with no word named
        Screening held = writes.screen(write(committee, null, true, "干净的内容"));
        assertThat(held.held()).isTrue();
        assertThat(held.flaggedWords()).isEmpty();
    }
}
