package cn.tongxin.notification.internal;

/** A user's digest for one window, written when the window's mark moved; the e-mail channel sends it. */
public record DigestComposed(long committeeId, long accountId, String email, String dedupeKey, String subject, String body) {
}
