package cn.tongxin.participation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hutool.captcha.CaptchaUtil;
import cn.hutool.captcha.LineCaptcha;
import cn.hutool.captcha.generator.RandomGenerator;

/**
 * Picture captchas drawn by hutool-captcha. The server keeps only the answer's hash (table {@code public_captcha}), so
 * every instance can check a captcha another issued and no session is opened for a citizen; each is good once, for
 * {@value #VALID_MINUTES} minutes.
 */
@Service
@Transactional
public class Captchas {

    static final int VALID_MINUTES = 10;
    // no 0/o, 1/l/i: a citizen on a phone should not have to guess which one was drawn
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Captchas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new captcha: its id for the form and its picture as a data URI (the page's CSP allows data: images). */
    public Challenge issue() {
        LineCaptcha captcha = CaptchaUtil.createLineCaptcha(160, 56, 4, 30);
        captcha.setGenerator(new RandomGenerator(ALPHABET, 4));
        captcha.createCode();
        byte[] idBytes = new byte[18];
        random.nextBytes(idBytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(idBytes);
        if (random.nextInt(50) == 0) {
            jdbc.sql("delete from public_captcha where expires_at < now()").update();
        }
        jdbc.sql("insert into public_captcha (id, answer_hash, expires_at) values (?, ?, now() + make_interval(mins => ?))")
                .params(id, hash(id, captcha.getCode()), VALID_MINUTES).update();
        return new Challenge(id, "data:image/png;base64," + captcha.getImageBase64(), captcha.getCode());
    }

    /** Whether the answer is the captcha's; the captcha is used up either way (no second guess on the same picture). */
    public boolean solve(String id, String answer) {
        if (id == null || answer == null || id.length() > 40 || answer.isBlank()) {
            return false;
        }
        String expected = jdbc.sql("delete from public_captcha where id = ? and expires_at > now() returning answer_hash")
                .param(id).query(String.class).optional().orElse(null);
        return expected != null && expected.equals(hash(id, answer));
    }

    private static String hash(String id, String answer) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(answer.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A captcha as issued. {@code answer} stays on the server: pages show {@code id} and {@code image} only (tests and
     * the demo solve it through this).
     */
    public record Challenge(String id, String image, String answer) {

        @Override
        public String toString() {
            return "Challenge[" + id + "]";
        }
    }
}
