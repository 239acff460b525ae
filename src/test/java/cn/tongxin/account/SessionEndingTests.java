package cn.tongxin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.WebSession;

/**
 * Web sessions live in the database (Spring Session JDBC) and end when what they hold stops being true: the account
 * is disabled, a role is removed, the password is changed (the user's other sessions) or reset. Real HTTP, so the
 * sessions are the stored ones.
 */
@IntegrationTest
class SessionEndingTests {

    private static final String PASSWORD = "Session@2026";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void aSessionIsStoredInTheDatabaseUnderTheUsersName() throws Exception {
        account("sess_stored", Set.of(Role.STAFF));
        var browser = loggedIn("sess_stored");
        assertThat(sessionsOf("sess_stored")).isEqualTo(1);
        assertThat(browser.loggedIn()).isTrue();
    }

    @Test
    void aPageThatChangesNothingReadsTheSessionWithoutWritingIt() throws Exception {
        account("sess_quiet", Set.of(Role.STAFF));
        var browser = loggedIn("sess_quiet");
        long before = lastAccess("sess_quiet");
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/proposals").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess("sess_quiet")).isEqualTo(before);
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        long id = account("sess_disabled", Set.of(Role.STAFF));
        var first = loggedIn("sess_disabled");
        var second = loggedIn("sess_disabled");
        runAs.user("admin", () -> accounts.setEnabled(id, false));
        assertThat(first.loggedIn()).isFalse();
        assertThat(second.loggedIn()).isFalse();
        assertThat(sessionsOf("sess_disabled")).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = '停用账户' and detail = 'sess_disabled；已结束其2个会话'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void removingARoleEndsTheSessionsThatHoldIt() throws Exception {
        long id = account("sess_role", Set.of(Role.STAFF, Role.LEADER));
        var browser = loggedIn("sess_role");
        runAs.user("admin", () -> accounts.updateRoles(id, Set.of(Role.STAFF), null));
        assertThat(browser.loggedIn()).isFalse();
        var again = loggedIn("sess_role");
        assertThat(again.loggedIn()).isTrue();
    }

    @Test
    void addingARoleLeavesSessionsAlone() throws Exception {
        long id = account("sess_added", Set.of(Role.STAFF));
        var browser = loggedIn("sess_added");
        runAs.user("admin", () -> accounts.updateRoles(id, Set.of(Role.STAFF, Role.LEADER), null));
        assertThat(browser.loggedIn()).isTrue();
    }

    @Test
    void changingTheOwnPasswordEndsTheUsersOtherSessionsOnly() throws Exception {
        account("sess_change", Set.of(Role.STAFF));
        var here = loggedIn("sess_change");
        var elsewhere = loggedIn("sess_change");
        var response = here.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "Changed#2026x",
                "confirmPassword", "Changed#2026x"), "/account/password");
        assertThat(WebSession.location(response)).isEqualTo("/");
        assertThat(here.loggedIn()).isTrue();
        assertThat(elsewhere.loggedIn()).isFalse();
        assertThat(sessionsOf("sess_change")).isEqualTo(1);
    }

    @Test
    void theFirstPasswordChangeIsKeptInTheStoredSession() throws Exception {
        long id = account("sess_first", Set.of(Role.STAFF));
        jdbc.sql("update user_account set must_change_password = true where id = ?").param(id).update();
        var browser = new WebSession(port);
        assertThat(browser.login("sess_first", PASSWORD)).isEqualTo("/account/password?first");
        assertThat(WebSession.location(browser.get("/proposals"))).isEqualTo("/account/password?first");
        browser.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "Changed#2026y",
                "confirmPassword", "Changed#2026y"), "/account/password");
        assertThat(browser.get("/proposals").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsAllTheUsersSessions() throws Exception {
        long id = account("sess_reset", Set.of(Role.STAFF));
        var browser = loggedIn("sess_reset");
        runAs.user("admin", () -> accounts.resetPassword(id, "Initial#2026"));
        assertThat(browser.loggedIn()).isFalse();
        assertThat(sessionsOf("sess_reset")).isZero();
    }

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttributeAtOnce() {
        addTwice(sessions);
    }

    /** Both requests read the session before either saved it; both add a flash message. */
    private static <S extends Session> void addTwice(FindByIndexNameSessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());
        first.setAttribute("notice", "第一个请求");
        second.setAttribute("notice", "第二个请求");
        repository.save(first);
        repository.save(second);
        assertThat(repository.findById(created.getId()).<String>getAttribute("notice")).isEqualTo("第二个请求");
        repository.deleteById(created.getId());
    }

    private long account(String username, Set<Role> roles) {
        long committee = jdbc.sql("select committee_id from user_account where username = 'admin'").query(Long.class).single();
        return accounts.openWithoutCaller(committee, new NewAccount(username, "会话测试", PASSWORD, roles, "办公室", null, null), false);
    }

    private WebSession loggedIn(String username) throws Exception {
        var browser = new WebSession(port);
        browser.login(username, PASSWORD);
        assertThat(browser.loggedIn()).isTrue();
        return browser;
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username).query(Long.class).single();
    }

    private long lastAccess(String username) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
    }
}
