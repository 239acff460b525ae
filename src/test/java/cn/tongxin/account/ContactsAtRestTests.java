package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.internal.ContactResealing;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.privacy.internal.ContactSealingMigration;
import cn.tongxin.privacy.internal.PersonalDataKeys;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * 个人信息保护 for accounts' e-mail and mobile (V36): sealed with SM4 at rest, found by exact match through the blind
 * index, masked in lists, in full for the user and for the administrator correcting the account.
 */
@IntegrationTest
class ContactsAtRestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personal;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountDirectory directory;
    @Autowired
    ContactResealing resealing;
    @Autowired
    ContactSealingMigration migration;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate tx;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void theDatabaseHoldsNoPlainContactOnlySealedValuesAndTheirBlindIndexes() throws Exception {
        String user = account();
        String email = user + "@example.cn";
        String mobile = mobile();
        contact(user, email, mobile).andExpect(status().isNoContent());

        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'user_account'")
                .query(String.class).list()).as("the plain columns are gone").doesNotContain("email", "mobile")
                .contains("email_sealed", "email_index", "mobile_sealed", "mobile_index");
        Map<String, Object> row = jdbc.sql("select * from user_account where username = ?").param(user).query().singleRow();
        assertThat((String) row.get("email_sealed")).startsWith(personal.currentPrefix());
        assertThat((String) row.get("mobile_sealed")).startsWith(personal.currentPrefix());
        assertThat(row.get("mobile_index")).isEqualTo(personal.index(mobile));
        assertThat(row.values()).as("no column of the row holds the address or the number")
                .noneMatch(v -> v != null && (v.toString().contains("@example.cn") || v.toString().contains(mobile.substring(3))));
        assertThat(jdbc.sql("select count(*) from user_account u where u::text like ? or u::text like ?")
                .params("%" + email + "%", "%" + mobile + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from user_account
                 where (email_sealed is not null and not starts_with(email_sealed, 'sm4:'))
                    or (mobile_sealed is not null and not starts_with(mobile_sealed, 'sm4:'))""").query(Long.class).single())
                .as("no plain contact in the table").isZero();
        assertThat(jdbc.sql("select count(*) from message_delivery where not starts_with(recipient, 'sm4:')").query(Long.class).single())
                .as("nor in the delivery log").isZero();

        api.get(user, "/api/v1/me/contact").andExpect(jsonPath("$.email").value(email)).andExpect(jsonPath("$.mobile").value(mobile));
    }

    @Test
    void theExactAddressOrNumberFindsTheAccountThroughTheBlindIndexAndAPartOneDoesNot() throws Exception {
        String user = account();
        String email = user + "@Example.cn";
        String mobile = mobile();
        contact(user, email, mobile).andExpect(status().isNoContent());

        assertThat(directory.byLogin(mobile)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo(user);
            assertThat(a.mobile()).isEqualTo(mobile);
            assertThat(a.email()).isEqualTo(email);
        });
        assertThat(directory.byLogin(email.toUpperCase())).as("an address in any case").singleElement()
                .extracting(AccountDirectory.Addressee::username).isEqualTo(user);
        assertThat(directory.byLogin(mobile.substring(0, 10))).isEmpty();
        assertThat(directory.byLogin(user + "@example")).isEmpty();
    }

    @Test
    void listsShowContactsMaskedTheUserAndTheAdministratorOpeningTheAccountSeeThemInFull() throws Exception {
        String user = account();
        String email = "z" + user + "@example.cn";
        String mobile = mobile();
        contact(user, email, mobile).andExpect(status().isNoContent());
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
        long id = jdbc.sql("select id from user_account where username = ?").param(user).query(Long.class).single();

        api.get("admin", "/api/v1/accounts?keyword=" + user).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].mobile").value(masked))
                .andExpect(jsonPath("$.items[0].email").value("z***@example.cn"));
        api.get("admin", "/api/v1/accounts/" + id).andExpect(jsonPath("$.mobile").value(mobile))
                .andExpect(jsonPath("$.email").value(email));
        api.get(user, "/api/v1/me/contact").andExpect(jsonPath("$.mobile").value(mobile));
        api.get("staff", "/api/v1/accounts/" + id).andExpect(status().isForbidden());
        api.get("dc_admin", "/api/v1/accounts/" + id).andExpect(status().isNotFound());

        var admin = Logins.login(mvc, "admin");
        mvc.perform(get("/admin/users").param("keyword", user).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(masked)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mobile))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(email))));
        mvc.perform(get("/admin/users/" + id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(mobile)));
    }

    @Test
    void theAdministratorCorrectsAnAccountsContactAndOnlyInTheOwnCommittee() throws Exception {
        String user = account();
        long id = jdbc.sql("select id from user_account where username = ?").param(user).query(Long.class).single();
        String mobile = mobile();
        adminContact("admin", id, "{\"email\":\"" + user + "@example.cn\",\"mobile\":\"" + mobile + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.mobile").value(mobile));
        assertThat(directory.byLogin(mobile)).singleElement().extracting(AccountDirectory.Addressee::id).isEqualTo(id);
        adminContact("admin", id, "{\"email\":\"不是邮箱\",\"mobile\":null}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        adminContact("dc_admin", id, "{\"email\":null,\"mobile\":null}").andExpect(status().isNotFound());
        adminContact("staff", id, "{\"email\":null,\"mobile\":null}").andExpect(status().isForbidden());
        assertThat(directory.byLogin(mobile)).hasSize(1);
    }

    @Test
    void aContactSealedUnderAKeyNoLongerConfiguredFailsNamingThatKey() throws Exception {
        String user = account();
        long id = jdbc.sql("select id from user_account where username = ?").param(user).query(Long.class).single();
        var retired = new PersonalData(new PersonalDataKeys("k0:00112233445566778899aabbccddeeff",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false, false));
        jdbc.sql("update user_account set mobile_sealed = ? where id = ?").params(retired.encrypt("13900000000"), id).update();
        try {
            assertThatThrownBy(() -> directory.find(id)).hasMessageContaining("缺少个人信息密钥 k0")
                    .hasMessageContaining("TONGXIN_PRIVACY_KEYS");
            assertThatThrownBy(() -> resealing.resealPending()).as("a start-up after such a rotation stops, naming the key")
                    .hasMessageContaining("k0");
        } finally {
            jdbc.sql("update user_account set mobile_sealed = null, mobile_index = null where id = ?").param(id).update();
        }
        assertThat(resealing.resealPending()).isZero();
    }

    @Test
    void theMigrationSealsPlainContactsFromBeforeAndDropsThePlainColumns() {
        // V36 once more, on temporary tables of the shape before it (they hide the real ones in this transaction)
        tx.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            var sql = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            sql.sql("create temp table user_account (id bigint primary key, email varchar(100), mobile varchar(20)) on commit drop").update();
            sql.sql("create temp table message_delivery (id bigint primary key, recipient varchar(200) not null) on commit drop").update();
            sql.sql("create temp table event_publication (event_type text, serialized_event text) on commit drop").update();
            sql.sql("insert into user_account values (1, 'Old.Person@Example.cn', '13911112222'), (2, null, ' '), (3, null, null)").update();
            sql.sql("insert into message_delivery values (1, '13911112222'), (2, 'old.person@example.cn')").update();
            sql.sql("""
                    insert into event_publication values ('cn.tongxin.notification.internal.DigestComposed',
                    '{"committeeId":1,"accountId":1,"email":"old.person@example.cn","dedupeKey":"d","subject":"s","body":"b"}')""").update();

            migration.apply(connection);

            assertThat(sql.sql("select column_name from information_schema.columns where table_name = 'user_account' and table_schema like 'pg_temp%'")
                    .query(String.class).list()).doesNotContain("email", "mobile");
            var row = sql.sql("select * from user_account where id = 1").query().singleRow();
            assertThat(personal.reveal((String) row.get("email_sealed"))).isEqualTo("Old.Person@Example.cn");
            assertThat(row.get("email_index")).isEqualTo(personal.emailIndex("old.person@example.cn"));
            assertThat(personal.reveal((String) row.get("mobile_sealed"))).isEqualTo("13911112222");
            assertThat(row.get("mobile_index")).isEqualTo(personal.index("13911112222"));
            assertThat(sql.sql("select mobile_sealed from user_account where id = 2").query().singleRow().get("mobile_sealed"))
                    .as("a blank number is no number").isNull();
            assertThat(sql.sql("select recipient from message_delivery order by id").query(String.class).list())
                    .allMatch(r -> r.startsWith(personal.currentPrefix()))
                    .extracting(personal::reveal).containsExactly("13911112222", "old.person@example.cn");
            assertThat(sql.sql("select serialized_event from event_publication").query(String.class).single())
                    .doesNotContain("old.person").contains("\"accountId\"");
            status.setRollbackOnly();
        });
    }

    // --- helpers

    private String account() {
        String username = "contact_" + UUID.randomUUID().toString().substring(0, 8);
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        accounts.openWithoutCaller(committee, new NewAccount(username, "联系方式测试", Logins.DEMO_PASSWORD, Set.of(Role.LEADER),
                null, null, null), false);
        return username;
    }

    private org.springframework.test.web.servlet.ResultActions contact(String user, String email, String mobile) throws Exception {
        return mvc.perform(put("/api/v1/me/contact").header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"%s\",\"mobile\":\"%s\"}".formatted(email, mobile)));
    }

    private org.springframework.test.web.servlet.ResultActions adminContact(String admin, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/accounts/" + id + "/contact").header("Authorization", "Bearer " + api.token(admin))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String mobile() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
