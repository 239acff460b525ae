package cn.tongxin.member.internal;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountLinks;
import cn.tongxin.account.Accounts;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.member.MemberView;

/** A member's login: opened by an administrator from the member's record, with the member's name and role. */
@Service
@Transactional
public class MemberAccounts implements AccountLinks {

    private final MemberService members;
    private final Accounts accounts;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;

    MemberAccounts(MemberService members, Accounts accounts, CurrentUsers currentUsers, JdbcClient jdbc) {
        this.members = members;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
    }

    /** Opens a login for one of the committee's members; system administrators only. */
    public long open(long memberId, String username, String initialPassword) {
        currentUsers.require(Role.ADMIN);
        MemberView member = members.get(memberId);
        return accounts.open(new NewAccount(username, member.name(), initialPassword, Set.of(Role.MEMBER), null, member.id(), null));
    }

    @Override
    public Kind kind() {
        return Kind.MEMBER;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(long id, long committeeId) {
        return jdbc.sql("select exists(select 1 from member where id = ? and committee_id = ?)")
                .params(id, committeeId).query(Boolean.class).single();
    }
}
