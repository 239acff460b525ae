package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.support.IntegrationTest;

/**
 * The application connects as a role that is no superuser and owns nothing (ADR 011): it reads and writes rows, and
 * the append-only audit log stays append-only because the application cannot switch its trigger off. Flyway
 * migrated as the owner role.
 */
@IntegrationTest
class DatabaseRolesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationConnectsAsAnOrdinaryRole() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedPostgres.APPLICATION);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theApplicationCannotSwitchTheAuditTriggerOff() {
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger all").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_log_no_update on audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void theAuditLogStaysAppendOnlyForTheApplication() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set detail = 'changed'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theApplicationCannotChangeTheSchema() {
        assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table proposal add column intruder int").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("create role intruder superuser").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theOwnerRoleMigratedAndOwnsTheTables() {
        assertThat(jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'").query(String.class).list())
                .containsExactly(EmbeddedPostgres.OWNER);
        assertThat(jdbc.sql("select installed_by from flyway_schema_history where version = '32'").query(String.class).single())
                .isEqualTo(EmbeddedPostgres.OWNER);
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = ?").param(EmbeddedPostgres.OWNER)
                .query(Boolean.class).single()).isFalse();
    }
}
