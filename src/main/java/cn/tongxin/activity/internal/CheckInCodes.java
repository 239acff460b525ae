package cn.tongxin.activity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Six-digit check-in codes that change every minute: HMAC of the activity's secret and the minute. */
public final class CheckInCodes {

    public static final int PERIOD_SECONDS = 60;

    private CheckInCodes() {
    }

    public static String at(String secret, long activityId, Instant when) {
        return code(secret, activityId, when.getEpochSecond() / PERIOD_SECONDS);
    }

    /** The current code and the one before it are accepted (a member may type it as it changes). */
    public static boolean accepts(String secret, long activityId, Instant when, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        long slot = when.getEpochSecond() / PERIOD_SECONDS;
        String given = code.strip();
        return given.equals(code(secret, activityId, slot)) || given.equals(code(secret, activityId, slot - 1));
    }

    private static String code(String secret, long activityId, long slot) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal((activityId + ":" + slot).getBytes(StandardCharsets.UTF_8));
            int offset = h[h.length - 1] & 0x0f;
            int value = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
