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
import cn.tongxin.notification.MessagesCreated;
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

    @Test
    void oneMessageToSeveralMembersIsOneInsertAndOnePublicationAsForOneMember() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        List<Long> members = jdbc.sql("select id from member where committee_id = ? and status = 'ACTIVE' order by id limit 3")
                .param(city).query(Long.class).list();
        assertThat(members).hasSize(3);
        List<String> one = StatementCounter.count(() -> {
            notifications.notify(city, List.of(Recipient.member(members.getFirst())), "语句计数：一位委员", null, null);
            return null;
        });
        List<String> three = StatementCounter.count(() -> {
            notifications.notify(city, members.stream().map(Recipient::member).toList(), "语句计数：三位委员", null, "/x");
            return null;
        });
        System.out.println("MessageCost notify to 3 members: " + three.size() + " statements\n" + String.join("\n", three));
        assertThat(three).as(String.join("\n", three)).hasSameSizeAs(one).hasSizeLessThanOrEqualTo(2)
                .noneMatch(sql -> sql.toLowerCase().contains("user_account") || sql.toLowerCase().contains("message_preference"));
        assertThat(three.stream().filter(sql -> sql.toLowerCase().contains("event_publication")).count())
                .as("one publication for all three rows").isEqualTo(1);
        assertThat(jdbc.sql("""
                select recipient_id from notification where title = '语句计数：三位委员' and recipient_kind = 'MEMBER' and link = '/x'
                 order by recipient_id""").query(Long.class).list())
                .as("one inbox row for each").containsExactlyElementsOf(members);
    }

    @Test
    void theListenerOfAMessageToSeveralMembersLoadsTheirAddresseesAndPreferencesOnce() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        // members with an account (the demo's member and member2) and one without
        List<Long> withAccounts = jdbc.sql("""
                select distinct a.member_id from user_account a
                  join member m on m.id = a.member_id and m.status = 'ACTIVE'
                 where a.committee_id = ? and a.enabled order by 1 limit 2""").param(city).query(Long.class).list();
        long without = jdbc.sql("""
                select m.id from member m where m.committee_id = ?
                   and not exists (select 1 from user_account a where a.member_id = m.id) order by m.id limit 1""")
                .param(city).query(Long.class).single();
        assertThat(withAccounts).hasSize(2);
        var before = jdbc.sql("select id, email_sealed, email_index, mobile_sealed, mobile_index from user_account where member_id in (:ids)")
                .param("ids", withAccounts).query().listOfRows();
        var preferencesBefore = jdbc.sql("""
                select p.* from message_preference p join user_account a on a.id = p.user_account_id
                 where a.member_id in (:ids) and p.kind = 'PERSONAL'""").param("ids", withAccounts).query().listOfRows();
        MessageDispatch target = AopTestUtils.getTargetObject(dispatch);
        try {
            // an e-mail address each, and personal items switched off by e-mail and SMS: the lookups are what is counted
            for (var row : before) {
                long account = ((Number) row.get("id")).longValue();
                var email = personal.sealEmail("cost-" + account + "@example.cn");
                jdbc.sql("update user_account set email_sealed = ?, email_index = ? where id = ?")
                        .params(email.value(), email.index(), account).update();
                jdbc.sql("""
                        insert into message_preference (user_account_id, kind, email, sms, updated_at) values (?, 'PERSONAL', 'OFF', false, now())
                        on conflict (user_account_id, kind) do update set email = 'OFF', sms = false""").param(account).update();
            }
            List<String> forOne = StatementCounter.count(() -> {
                target.dispatch(new MessagesCreated(city, List.of(new MessagesCreated.Row(-1, Recipient.member(withAccounts.getFirst()))),
                        "语句计数", null, null));
                return null;
            });
            List<String> forThree = StatementCounter.count(() -> {
                target.dispatch(new MessagesCreated(city, List.of(new MessagesCreated.Row(-2, Recipient.member(withAccounts.get(0))),
                        new MessagesCreated.Row(-3, Recipient.member(withAccounts.get(1))), new MessagesCreated.Row(-4, Recipient.member(without))),
                        "语句计数", null, null));
                return null;
            });
            System.out.println("MessageCost dispatch to 3 members: " + forThree.size() + " statements\n" + String.join("\n", forThree));
            assertThat(forThree).as(String.join("\n", forThree)).hasSize(2).hasSameSizeAs(forOne);
            assertThat(forThree.stream().filter(sql -> sql.contains("from user_account")).count()).as("addressees").isEqualTo(1);
            assertThat(forThree.stream().filter(sql -> sql.contains("message_preference")).count()).as("preferences").isEqualTo(1);
        } finally {
            for (Map<String, Object> row : before) {
                jdbc.sql("update user_account set email_sealed = ?, email_index = ?, mobile_sealed = ?, mobile_index = ? where id = ?")
                        .params(row.get("email_sealed"), row.get("email_index"), row.get("mobile_sealed"), row.get("mobile_index"),
                                row.get("id"))
                        .update();
                jdbc.sql("delete from message_preference where user_account_id = ? and kind = 'PERSONAL'").param(row.get("id")).update();
            }
            for (Map<String, Object> p : preferencesBefore) {
                jdbc.sql("insert into message_preference (user_account_id, kind, email, sms, updated_at) values (?, ?, ?, ?, ?)")
                        .params(p.get("user_account_id"), p.get("kind"), p.get("email"), p.get("sms"), p.get("updated_at")).update();
            }
        }
    }

    private static MessageCreated created(long committee, Recipient to) {
        // a work item for both, whose defaults send nothing: what is counted is the lookups
        return new MessageCreated(-1, committee, to, MessageKind.WORK, "语句计数", null, null);
    }
}
