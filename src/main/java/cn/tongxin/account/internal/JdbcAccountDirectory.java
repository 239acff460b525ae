package cn.tongxin.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.AccountDirectory;
import cn.tongxin.privacy.PersonalData;

@Component
class JdbcAccountDirectory implements AccountDirectory {

    // The roster's mobile is a member's contact unless the account names its own (members are registered with one);
    // both are stored sealed (privacy), as is the account's e-mail, and revealed here, for sending only.
    private static final String SELECT = """
            select a.id, a.committee_id, a.username, a.display_name, a.member_id, a.unit_id, a.email_sealed,
                   a.mobile_sealed as own_mobile, (select m.mobile from member m where m.id = a.member_id) as roster_mobile,
                   exists (select 1 from user_role r where r.user_account_id = a.id and r.role in ('ADMIN', 'STAFF')) as office
              from user_account a
            """;

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    JdbcAccountDirectory(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Override
    public Optional<Addressee> find(long accountId) {
        return jdbc.sql(SELECT + " where a.id = ? and a.enabled").param(accountId).query(this::row).optional();
    }

    @Override
    public List<Addressee> ofMember(long committeeId, long memberId) {
        return jdbc.sql(SELECT + " where a.committee_id = ? and a.member_id = ? and a.enabled order by a.id")
                .params(committeeId, memberId).query(this::row).list();
    }

    @Override
    public List<Addressee> ofUnit(long committeeId, long unitId) {
        return jdbc.sql(SELECT + " where a.committee_id = ? and a.unit_id = ? and a.enabled order by a.id")
                .params(committeeId, unitId).query(this::row).list();
    }

    @Override
    public List<Addressee> ofMembers(long committeeId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.committee_id = :committee and a.member_id in (:ids) and a.enabled order by a.id")
                .param("committee", committeeId).param("ids", Set.copyOf(memberIds)).query(this::row).list();
    }

    @Override
    public List<Addressee> ofUnits(long committeeId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.committee_id = :committee and a.unit_id in (:ids) and a.enabled order by a.id")
                .param("committee", committeeId).param("ids", Set.copyOf(unitIds)).query(this::row).list();
    }

    @Override
    public List<Addressee> find(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids) and a.enabled order by a.id")
                .param("ids", Set.copyOf(accountIds)).query(this::row).list();
    }

    @Override
    public List<Addressee> office(long committeeId) {
        return jdbc.sql(SELECT + """
                 where a.committee_id = ? and a.enabled
                   and exists (select 1 from user_role r where r.user_account_id = a.id and r.role in ('ADMIN', 'STAFF'))
                 order by a.id""")
                .param(committeeId).query(this::row).list();
    }

    @Override
    public List<Addressee> byLogin(String login) {
        String x = login == null ? "" : login.strip();
        if (x.isEmpty() || x.length() > 100) {
            return List.of();
        }
        // each branch an indexed lookup; e-mail and mobiles by their blind index
        return jdbc.sql(SELECT + " where a.enabled and a.id in ("
                        + "select id from user_account where lower(username) = lower(:x)"
                        + " union select id from user_account where email_index = :ei"
                        + " union select id from user_account where mobile_index = :xi"
                        + " union select u.id from member m join user_account u on u.member_id = m.id where m.mobile_index = :xi and u.mobile_index is null"
                        + ") order by a.id")
                .param("x", x).param("ei", personalData.emailIndex(x)).param("xi", personalData.index(x)).query(this::row).list();
    }

    private Addressee row(ResultSet rs, int n) throws SQLException {
        String own = rs.getString("own_mobile");
        return new Addressee(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("username"), rs.getString("display_name"),
                (Long) rs.getObject("member_id"), (Long) rs.getObject("unit_id"), rs.getBoolean("office"),
                personalData.reveal(rs.getString("email_sealed")), personalData.reveal(own != null ? own : rs.getString("roster_mobile")));
    }
}
