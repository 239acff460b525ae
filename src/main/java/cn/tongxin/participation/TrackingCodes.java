package cn.tongxin.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes: 16 characters of Crockford's base32 (80 random bits), shown grouped by four. Only their SHA-256 is
 * stored; look-ups are rate-limited per address ({@link PublicLookups}), so guessing one is hopeless. Shared by the
 * studios' citizens' opinions, the questions to the members on duty and 文史资料 accounts.
 */
public final class TrackingCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder s = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return s.toString();
    }

    /** The code as typed (any case, with or without dashes, O for 0, I/L for 1), or null when it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != 16 || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
