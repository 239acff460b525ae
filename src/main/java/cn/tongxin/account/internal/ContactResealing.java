package cn.tongxin.account.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.privacy.PersonalData;

/**
 * After a key rotation ({@code TONGXIN_PRIVACY_KEYS} with a new key in front), re-seals accounts' e-mail and mobile
 * under the new key at start-up, in batches, under an advisory lock (two instances starting together do it once). A
 * value sealed under a key no longer configured stops the start with a message naming that key. Plain values never
 * reach this table after V36 ({@code privacy.internal.ContactSealingMigration} sealed them and dropped the columns).
 */
@Component
@Order(0)
public class ContactResealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContactResealing.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate tx;

    ContactResealing(JdbcClient jdbc, PersonalData personal, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int resealed = resealPending();
        if (resealed > 0) {
            log.info("已用新密钥重新加密 {} 个账户的联系方式（SM4）", resealed);
        }
    }

    /** Re-seals every contact not sealed under the current key; returns how many accounts were. */
    public int resealPending() {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('account-contact-sealing'))").query().singleRow();
                record Row(long id, String email, String mobile) {
                }
                List<Row> rows = jdbc.sql("""
                        select id, email_sealed, mobile_sealed from user_account
                         where not starts_with(email_sealed, :current) or not starts_with(mobile_sealed, :current)
                         order by id limit :batch for update""")
                        .param("current", personal.currentPrefix()).param("batch", BATCH)
                        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("email_sealed"), rs.getString("mobile_sealed")))
                        .list();
                for (Row row : rows) {
                    // the index key does not rotate with the sealing keys: only the sealed values change
                    jdbc.sql("update user_account set email_sealed = ?, mobile_sealed = ? where id = ?")
                            .params(personal.encrypt(personal.reveal(row.email())), personal.encrypt(personal.reveal(row.mobile())), row.id())
                            .update();
                }
                return rows.size();
            });
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }
}
