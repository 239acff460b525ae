package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

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
}
