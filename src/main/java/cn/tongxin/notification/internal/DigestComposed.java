package cn.tongxin.notification.internal;

/**
 * A user's digest for one window, written when the window's mark moved; the e-mail channel sends it to the account's
 * address. The address is not in the event: the registry keeps events, and contact details are kept only sealed.
 */
public record DigestComposed(long committeeId, long accountId, String dedupeKey, String subject, String body) {
}
