package cn.tongxin.account.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The hashes of an account's last passwords (table password_history): a new password may not be one of them. */
@Component
class PasswordHistory {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordProperties policy;

    PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder, PasswordProperties policy) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** True when the password is the current one or one of the last {@code history} ones. */
    boolean reuses(UserAccount account, String password) {
        if (account.passwordHash != null && encoder.matches(password, account.passwordHash)) {
            return true;
        }
        if (account.id == null) {
            return false;
        }
        List<String> hashes = jdbc.sql("select password_hash from password_history where user_account_id = ? order by id desc limit ?")
                .params(account.id, policy.history()).query(String.class).list();
        return hashes.stream().anyMatch(h -> encoder.matches(password, h));
    }

    /** Remembers the account's (new) password hash and forgets the older ones. */
    void remember(UserAccount account) {
        jdbc.sql("insert into password_history (user_account_id, password_hash) values (?, ?)")
                .params(account.id, account.passwordHash).update();
        jdbc.sql("""
                delete from password_history where user_account_id = :account
                   and id not in (select id from password_history where user_account_id = :account order by id desc limit :keep)""")
                .param("account", account.id).param("keep", policy.history()).update();
    }

    int rules() {
        return policy.history();
    }
}
