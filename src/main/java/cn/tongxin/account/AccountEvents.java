package cn.tongxin.account;

/** Facts about accounts that other modules (the audit log) record. */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record LoginSucceeded(String username, long committeeId, String remoteAddress) {
    }

    public record LoginFailed(String username, Long committeeId, String reason, String remoteAddress) {
    }

    /** An account was created or changed; {@code detail} never holds a password or token. */
    public record AccountChanged(long committeeId, long accountId, String action, String detail) {
    }
}
