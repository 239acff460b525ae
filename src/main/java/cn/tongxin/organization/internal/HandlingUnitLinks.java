package cn.tongxin.organization.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.AccountLinks;

/** Tells the account module whether a handling unit an account is linked to is the committee's own. */
@Component
class HandlingUnitLinks implements AccountLinks {

    private final JdbcClient jdbc;

    HandlingUnitLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.UNIT;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(long id, long committeeId) {
        return jdbc.sql("select exists(select 1 from handling_unit where id = ? and committee_id = ?)")
                .params(id, committeeId).query(Boolean.class).single();
    }
}
