package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTests {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = Files.createDirectories(dir.resolve("pg"));
        try (var postgres = EmbeddedPostgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("restart_test");
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("restart_test"), "postgres", "")) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('仍在')");
            }
        }
        try (var postgres = EmbeddedPostgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("restart_test");
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("restart_test"), "postgres", "");
                 var rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("仍在");
            }
        }
        assertThat(data.resolve("cluster/PG_VERSION")).exists();
    }

    /** The JVM is killed (kill -9): its server stops by itself instead of running on until the next start. */
    @Test
    void theServerStopsWhenTheJvmThatStartedItDies() throws Exception {
        Path data = Files.createDirectories(dir.resolve("orphan"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.toString()).redirectErrorStream(true).start();
        int port;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                // the child's log lines
            }
            assertThat(line).as("the child started its server").isNotNull();
            port = Integer.parseInt(line.substring("READY ".length()).trim());
            assertThat(listening(port)).isTrue();
            child.destroyForcibly().waitFor();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while ((listening(port) || Files.exists(data.resolve("cluster/postmaster.pid"))) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(listening(port)).as("server still listening after its JVM died").isFalse();
        assertThat(data.resolve("cluster/postmaster.pid")).as("a clean shutdown removes the pid file").doesNotExist();
    }

    /**
     * A data folder from before the roles: database and tables owned by the superuser. The next start hands them to the
     * owner role and lets the application role write rows, and no more.
     */
    @Test
    void aDataFolderFromBeforeTheRolesIsHandedToTheOwner() throws Exception {
        Path data = Files.createDirectories(dir.resolve("before"));
        try (var postgres = EmbeddedPostgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("old_layout");
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("old_layout"), "postgres", "")) {
                c.createStatement().execute("""
                        create table entry (id bigserial primary key, v text);
                        create sequence loose_seq;
                        create function refuse() returns trigger language plpgsql as $$ begin raise exception 'append only'; end $$;
                        create trigger entry_append_only before update or delete on entry for each row execute function refuse();
                        """);
            }
            postgres.prepareApplicationDatabase("old_layout", false);
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("old_layout"), "postgres", "");
                 var rs = c.createStatement().executeQuery("""
                         select (select tableowner from pg_tables where tablename = 'entry'),
                                (select pg_get_userbyid(relowner) from pg_class where relname = 'loose_seq'),
                                (select pg_get_userbyid(proowner) from pg_proc where proname = 'refuse'),
                                (select pg_get_userbyid(datdba) from pg_database where datname = 'old_layout')""")) {
                rs.next();
                for (int i = 1; i <= 4; i++) {
                    assertThat(rs.getString(i)).isEqualTo(EmbeddedPostgres.OWNER);
                }
            }
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("old_layout"), EmbeddedPostgres.APPLICATION, "")) {
                c.createStatement().execute("insert into entry (v) values ('写入'); select nextval('loose_seq')");
                assertThatThrownBy(() -> c.createStatement().execute("alter table entry disable trigger entry_append_only"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
                assertThatThrownBy(() -> c.createStatement().execute("update entry set v = '改'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append only");
            }
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("old_layout"), EmbeddedPostgres.OWNER, "")) {
                c.createStatement().execute("create table later (id int)"); // a later migration, as the owner
            }
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("old_layout"), EmbeddedPostgres.APPLICATION, "")) {
                c.createStatement().execute("insert into later values (1)"); // default privileges reach new tables
            }
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
