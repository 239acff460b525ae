package cn.tongxin.member.internal;

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
 * At start-up, seals the mobile numbers still stored in plain (rows from before V35, or inserted behind the platform's
 * back) and re-seals those sealed under an older key, in batches, under an advisory lock so that two instances starting
 * together do it once. After the first start nothing is left to do and this costs one indexed query.
 */
@Component
@Order(0)
public class MobileSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MobileSealing.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final TransactionTemplate tx;

    MobileSealing(JdbcClient jdbc, PersonalData personal, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = sealPending();
        if (sealed > 0) {
            log.info("已加密 {} 名委员的手机号（SM4）", sealed);
        }
    }

    /** Seals every mobile number not sealed under the current key; returns how many were (re)sealed. */
    public int sealPending() {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('member-mobile-sealing'))").query().singleRow();
                record Row(long id, String mobile) {
                }
                List<Row> rows = jdbc.sql("""
                        select id, mobile from member where not starts_with(mobile, :sealed) order by id limit :batch for update""")
                        .param("sealed", personal.currentPrefix())
                        .param("batch", BATCH)
                        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("mobile"))).list();
                for (Row row : rows) {
                    String plain = personal.reveal(row.mobile());
                    var value = personal.seal(plain);
                    // a number already on the roll sealed (a duplicate written behind the platform's back) stays unindexed
                    jdbc.sql("""
                            update member m set mobile = :value,
                                   mobile_index = case when exists (select 1 from member x where x.committee_id = m.committee_id
                                                  and x.mobile_index = :index and x.id <> m.id) then null else :index end
                             where m.id = :id""")
                            .param("value", value.value()).param("index", value.index()).param("id", row.id()).update();
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
