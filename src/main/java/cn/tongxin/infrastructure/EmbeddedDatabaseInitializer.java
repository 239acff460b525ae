package cn.tongxin.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL before the application context when no external database is configured
 * ({@code spring.datasource.url} / {@code TONGXIN_DB_URL} empty), and points the data source at it: the application
 * connects as {@value EmbeddedPostgres#APPLICATION}, Flyway migrates as {@value EmbeddedPostgres#OWNER} (ADR 011).
 * One server per data folder and JVM, so that test contexts share it. Its port is chosen at every start: a second
 * instance of the platform needs an external database (docs/deployment.md).
 */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.isBlank() || !env.getProperty("tongxin.database.embedded.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("tongxin.database.embedded.data-dir", "./data/postgres")).toAbsolutePath().normalize();
        int port = env.getProperty("tongxin.database.embedded.port", Integer.class, 0);
        boolean clean = env.getProperty("tongxin.database.embedded.clean", Boolean.class, false);
        String database = env.getProperty("tongxin.database.embedded.database", "tongxin");
        boolean maintenance = env.getProperty("tongxin.database.embedded.maintenance", Boolean.class, false);
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDir, dir -> start(dir, port, clean));
        prepare(postgres, database, maintenance);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", EmbeddedPostgres.APPLICATION,
                "spring.datasource.password", "",
                "spring.flyway.user", EmbeddedPostgres.OWNER,
                "spring.flyway.password", "")));
    }

    /** The embedded server of a data folder started in this JVM, if any (the backup test reads its data folder). */
    public static java.util.Optional<EmbeddedPostgres> running(Path dataDir) {
        return java.util.Optional.ofNullable(RUNNING.get(dataDir.toAbsolutePath().normalize()));
    }

    /** Several databases may live in one server (a test context may ask for a database of its own). */
    private static synchronized void prepare(EmbeddedPostgres postgres, String database, boolean maintenance) {
        try {
            postgres.prepareApplicationDatabase(database, maintenance);
        } catch (SQLException e) {
            throw new IllegalStateException("无法准备嵌入式数据库 " + database + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean clean) {
        try {
            if (clean && Files.exists(dataDir.resolve("cluster"))) {
                try (var paths = Files.walk(dataDir.resolve("cluster"))) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, port);
            // stop the server only after every application context (and its connection pool) has closed
            SpringApplication.getShutdownHandlers().add(postgres::close);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("无法启动嵌入式 PostgreSQL: " + e.getMessage(), e);
        }
    }
}
