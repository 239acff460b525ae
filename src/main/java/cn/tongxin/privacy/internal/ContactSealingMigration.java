package cn.tongxin.privacy.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import cn.tongxin.privacy.PersonalData;

/**
 * V36, a Flyway migration in Java (it needs the SM4 keys): accounts' e-mail and mobile move from plain columns to
 * sealed ones with blind indexes, in the migration's one transaction — columns added, every row sealed, the plain
 * columns dropped — so no instance ever sees both or neither, it runs once however many instances start, and a
 * failure (a key missing) leaves the schema as it was. Also seals the addresses in the delivery log and takes the
 * address out of digests waiting in the event publication registry (ADR 014).
 */
@Component
public class ContactSealingMigration implements JavaMigration {

    private static final int BATCH = 1000;

    private final PersonalData personal;

    ContactSealingMigration(PersonalData personal) {
        this.personal = personal;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("36");
    }

    @Override
    public String getDescription() {
        return "seal account contacts";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        apply(context.getConnection());
    }

    /** The migration on this connection, inside its transaction (the tests run it on temporary tables). */
    public void apply(Connection connection) {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.execute("""
                alter table user_account add column email_sealed varchar(300), add column email_index char(64),
                                         add column mobile_sealed varchar(200), add column mobile_index char(64)""");
        long after = 0;
        while (true) {
            record Row(long id, String email, String mobile) {
            }
            List<Row> rows = jdbc.query("""
                    select id, email, mobile from user_account
                     where id > ? and (email is not null or mobile is not null) order by id limit ?""",
                    (rs, n) -> new Row(rs.getLong("id"), blankToNull(rs.getString("email")), blankToNull(rs.getString("mobile"))),
                    after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Row row : rows) {
                var email = row.email() == null ? null : personal.sealEmail(row.email());
                var mobile = row.mobile() == null ? null : personal.seal(row.mobile());
                updates.add(new Object[] {email == null ? null : email.value(), email == null ? null : email.index(),
                        mobile == null ? null : mobile.value(), mobile == null ? null : mobile.index(), row.id()});
            }
            jdbc.batchUpdate("update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ? where id = ?",
                    updates);
            after = rows.getLast().id();
        }
        // the plain columns go, and their indexes with them (V33's user_account_email_ix and user_account_mobile_ix)
        jdbc.execute("alter table user_account drop column email, drop column mobile");
        jdbc.execute("create index user_account_email_index_ix on user_account (email_index) where email_index is not null");
        jdbc.execute("create index user_account_mobile_index_ix on user_account (mobile_index) where mobile_index is not null");

        // the delivery log: the address each e-mail or SMS went to, sealed (retries open it)
        jdbc.execute("alter table message_delivery alter column recipient type varchar(300)");
        after = 0;
        while (true) {
            record Row(long id, String recipient) {
            }
            List<Row> rows = jdbc.query("""
                    select id, recipient from message_delivery where id > ? and not starts_with(recipient, 'sm4:') order by id limit ?""",
                    (rs, n) -> new Row(rs.getLong("id"), rs.getString("recipient")), after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            jdbc.batchUpdate("update message_delivery set recipient = ? where id = ?",
                    rows.stream().map(r -> new Object[] {personal.encrypt(r.recipient()), r.id()}).toList());
            after = rows.getLast().id();
        }
        // digests handed to the registry named their address; the listener now looks it up when it sends
        jdbc.execute("""
                update event_publication set serialized_event = (serialized_event::jsonb - 'email')::text
                 where event_type like '%.DigestComposed' and position('"email"' in serialized_event) > 0""");
        // V33's index on members' plain mobiles now indexes ciphertexts nobody looks up (V35: member_person_ix)
        jdbc.execute("drop index if exists member_mobile_ix");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
