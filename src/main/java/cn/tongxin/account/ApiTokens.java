package cn.tongxin.account;

import java.time.Instant;
import java.util.List;

/** Personal API tokens: shown once when created, stored only as a hash, revocable by their owner. */
public interface ApiTokens {

    /** Creates a token for the current user and returns it in clear text, the only time it is shown. */
    IssuedToken create(String name);

    List<TokenSummary> listOwn();

    void revoke(long tokenId);

    /** Serializable: the token page hands it to the next page as a flash attribute, through the stored session. */
    record IssuedToken(long id, String name, String token) implements java.io.Serializable {
    }

    record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }
}
