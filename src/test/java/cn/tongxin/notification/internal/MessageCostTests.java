package cn.tongxin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

import cn.tongxin.notification.MessageCreated;
import cn.tongxin.notification.MessageKind;
import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.web.StatementCounter;

/**
 * A message costs the same few statements whether it is for one person or for the whole office: written as one row
 * and one publication, then its addressees and their preferences loaded once each, not once per person or channel.
 */
@IntegrationTest
class MessageCostTests {

    @Autowired
    Notifications notifications;
    @Autowired
    MessageDispatch dispatch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personal;

    @Test
    void writingAMessageForTheWholeOfficeCostsWhatAMessageForOnePersonCosts() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        long staff = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        List<String> one = StatementCounter.count(() -> {
            notifications.notify(city, new Recipient(Recipient.Kind.USER, staff), "语句计数：本人", null, null);
            return null;
        });
        List<String> office = StatementCounter.count(() -> {
            notifications.notify(city, Recipient.staff(), "语句计数：全体工作人员", null, null);
            return null;
        });
        System.out.println("MessageCost notify: " + office.size() + " statements\n" + String.join("\n", office));
        assertThat(office).as(String.join("\n", office)).hasSameSizeAs(one).hasSizeLessThanOrEqualTo(2)
                .noneMatch(sql -> sql.toLowerCase().contains("user_account") || sql.toLowerCase().contains("message_preference"));
        assertThat(office.stream().filter(sql -> sql.toLowerCase().contains("event_publication")).count())
                .as("one publication per message: one listener for every channel").isEqualTo(1);
    }

    @Test
    void theListenerLoadsAddresseesAndPreferencesOnceHoweverManyPeopleTheMessageIsFor() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        long staff = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        List<Long> officeAccounts = jdbc.sql("""
                select a.id from user_account a where a.committee_id = ? and a.enabled
                   and exists (select 1 from user_role r where r.user_account_id = a.id and r.role in ('ADMIN', 'STAFF'))""")
                .param(city).query(Long.class).list();
        assertThat(officeAccounts).hasSizeGreaterThanOrEqualTo(2);
        var before = jdbc.sql("select id, email_sealed, email_index, mobile_sealed, mobile_index from user_account where id in (:ids)")
                .param("ids", officeAccounts).query().listOfRows();
        MessageDispatch target = AopTestUtils.getTargetObject(dispatch);
        try {
            int i = 0;
            for (long id : officeAccounts) {
                // contact details, but work items stay off for e-mail and SMS (the defaults): nothing is sent
                var mobile = personal.seal("1390000" + String.format("%04d", i++));
                jdbc.sql("update user_account set mobile_sealed = ?, mobile_index = ? where id = ?")
                        .params(mobile.value(), mobile.index(), id).update();
            }
            List<String> forOne = StatementCounter.count(() -> {
                target.dispatch(created(city, new Recipient(Recipient.Kind.USER, staff)));
                return null;
            });
            List<String> forOffice = StatementCounter.count(() -> {
                target.dispatch(created(city, Recipient.staff()));
                return null;
            });
            System.out.println("MessageCost dispatch to " + officeAccounts.size() + " accounts: " + forOffice.size()
                    + " statements\n" + String.join("\n", forOffice));
            assertThat(forOffice).as(String.join("\n", forOffice)).hasSize(2).hasSameSizeAs(forOne);
        } finally {
            for (Map<String, Object> row : before) {
                jdbc.sql("update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ? where id = ?")
                        .params(row.get("email_sealed"), row.get("email_index"), row.get("mobile_sealed"), row.get("mobile_index"),
                                row.get("id"))
                        .update();
            }
        }
    }

    private static MessageCreated created(long committee, Recipient to) {
        // a work item for both, whose defaults send nothing: what is counted is the lookups
        return new MessageCreated(-1, committee, to, MessageKind.WORK, "语句计数", null, null);
    }
}
