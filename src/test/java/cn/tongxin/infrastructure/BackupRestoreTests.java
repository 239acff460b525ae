package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import cn.tongxin.support.IntegrationTest;

/**
 * Backup → restore into a fresh data folder → the restored database has the rows the running one had at the backup:
 * every table's count, the demo committees, members, proposals and the audit log among them. The backup is taken
 * online while the platform runs; the tables are held against writes meanwhile so that the counts are exact.
 */
@IntegrationTest
class BackupRestoreTests {

    @Autowired
    DataSource dataSource;
    @Value("${tongxin.database.embedded.data-dir}")
    String dataDir;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void aBackupRestoredIntoAFreshFolderHasEveryRow() throws Exception {
        Path work = Files.createTempDirectory("backup-test");
        Map<String, Long> counted;
        DatabaseBackup.Taken taken;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> tables = tables(c);
            try (var lock = c.createStatement()) {
                lock.execute("lock table " + String.join(", ", tables) + " in exclusive mode");
            }
            counted = counts(c, tables);
            taken = DatabaseBackup.backup(Path.of(dataDir), work.resolve("backup"));
            c.commit();
        }
        assertThat(taken.online()).isTrue();
        assertThat(counted).containsKeys("committee", "member", "user_account", "proposal", "audit_log", "spring_session");
        assertThat(counted.get("member")).isPositive();
        assertThat(counted.get("audit_log")).isPositive();

        Path restoredData = work.resolve("restored");
        DatabaseBackup.restore(work.resolve("backup"), restoredData);
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (var restored = EmbeddedPostgres.start(restoredData, 0);
             Connection c = DriverManager.getConnection(restored.jdbcUrl(database), EmbeddedPostgres.APPLICATION, "")) {
            assertThat(counts(c, List.copyOf(counted.keySet()))).isEqualTo(counted);
        }
        try (var paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            var tables = new java.util.ArrayList<String>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables;
        }
    }

    private static Map<String, Long> counts(Connection c, List<String> tables) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }
}
