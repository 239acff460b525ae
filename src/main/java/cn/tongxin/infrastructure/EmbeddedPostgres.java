package cn.tongxin.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that ship in a Maven Central jar, with its data in a folder we keep.
 * PostgreSQL refuses to run as root; when the platform itself runs as root, the server runs in a fresh user
 * namespace ({@code unshare -U}) where it is an unprivileged user that still owns its data folder.
 * <p>
 * The server never outlives the JVM that started it: it runs under a small supervisor that reads the JVM's end of a
 * pipe and stops the server (fast shutdown) when the pipe closes, which the kernel does when the JVM dies however it
 * dies. The application connects as {@value #APPLICATION}, which is not a superuser; Flyway migrates as {@value #OWNER},
 * which owns the database and its tables (ADR 011).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    /** Owns the database, its tables and functions; Flyway migrates as this role. Not a superuser. */
    public static final String OWNER = "tongxin_owner";
    /** The role the application connects as: reads and writes rows, owns nothing, may not switch triggers off. */
    public static final String APPLICATION = "tongxin_app";
    private static final String SUPERUSER = "postgres";

    /**
     * Runs the server as a child and stops it (SIGINT, PostgreSQL's fast shutdown) when its standard input, the JVM's
     * end of a pipe, reaches end of file: the JVM has gone, even by kill -9. Also ends when the server ends by itself.
     */
    private static final String SUPERVISOR = """
            "$@" </dev/null &
            server=$!
            while kill -0 "$server" 2>/dev/null; do
              read -r -t 1 _
              if [ $? -eq 1 ]; then kill -INT "$server" 2>/dev/null; break; fi
            done
            wait "$server"
            """;

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean runAsRoot;
    private Process server;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.runAsRoot = "root".equals(System.getProperty("user.name"));
    }

    /** Extracts the binaries (once), creates the cluster (once) and starts the server; {@link #close()} stops it. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Path root = dataDirectory.toAbsolutePath().normalize();
        Path binaries = extractBinaries(root.resolveSibling(root.getFileName() + "-binaries"));
        var postgres = new EmbeddedPostgres(binaries, root.resolve("cluster"), port == 0 ? freePort() : port);
        postgres.initializeIfNeeded();
        postgres.startServer();
        return postgres;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Creates the database if it does not exist yet (owned by the superuser: a scratch database for tests). */
    public void createDatabaseIfMissing(String database) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            if (!check.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + quote(database) + " encoding 'UTF8'");
                }
            }
        }
    }

    /**
     * The application's database with its two roles (ADR 011): {@value #OWNER} owns the database and everything in it
     * (Flyway runs as it), {@value #APPLICATION} may read and write rows and use sequences, nothing else. Also brings
     * a data folder from before the roles up to date: what the superuser created there is handed to the owner.
     * {@code maintenance}: the application role may also ANALYZE and CHECKPOINT (tests and benchmarks load data in bulk).
     */
    public void prepareApplicationDatabase(String database, boolean maintenance) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             var sql = connection.createStatement()) {
            for (String role : List.of(OWNER, APPLICATION)) {
                try (var check = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                    check.setString(1, role);
                    if (!check.executeQuery().next()) {
                        sql.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
                    }
                }
            }
            sql.execute((maintenance ? "grant pg_maintain, pg_checkpoint to " : "revoke pg_maintain, pg_checkpoint from ") + APPLICATION);
            try (var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, database);
                if (!check.executeQuery().next()) {
                    sql.execute("create database " + quote(database) + " owner " + OWNER + " encoding 'UTF8'");
                } else {
                    sql.execute("alter database " + quote(database) + " owner to " + OWNER);
                }
            }
        }
        try (var connection = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
             var sql = connection.createStatement()) {
            sql.execute(HAND_OVER_TO_OWNER);
            sql.execute("grant select, insert, update, delete on all tables in schema public to " + APPLICATION);
            sql.execute("grant usage, select, update on all sequences in schema public to " + APPLICATION);
            sql.execute("alter default privileges for role " + OWNER + " in schema public grant select, insert, update, delete on tables to " + APPLICATION);
            sql.execute("alter default privileges for role " + OWNER + " in schema public grant usage, select, update on sequences to " + APPLICATION);
        }
    }

    /** Tables, sequences and functions of schema public not yet the owner's (a data folder from before ADR 011). */
    private static final String HAND_OVER_TO_OWNER = """
            do $$
            declare
                r record;
            begin
                for r in select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
                            and pg_get_userbyid(c.relowner) <> '%1$s'
                            and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e') loop
                    execute format('alter %%s %%s owner to %1$s',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
                        r.name);
                end loop;
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where n.nspname = 'public' and c.relkind = 'S' and pg_get_userbyid(c.relowner) <> '%1$s'
                            and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i', 'e')) loop
                    execute format('alter sequence %%s owner to %1$s', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                          where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                            and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
                    execute format('alter routine %%s owner to %1$s', r.name);
                end loop;
            end $$""".formatted(OWNER);

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "") + "\"";
    }

    private void initializeIfNeeded() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(dataDirectory);
        Files.setPosixFilePermissions(dataDirectory, EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        log.info("创建嵌入式 PostgreSQL 数据目录 {}", dataDirectory);
        run(List.of("initdb", "-A", "trust", "-U", SUPERUSER, "-D", dataDirectory.toString(), "-E", "UTF8",
                "--no-locale"), Duration.ofMinutes(2));
    }

    private void startServer() throws IOException {
        stopStaleServer();
        List<String> command = new ArrayList<>(List.of("bash", "-c", SUPERVISOR, "supervisor"));
        command.addAll(command("postgres", "-D", dataDirectory.toString(), "-p", Integer.toString(port),
                "-h", "127.0.0.1", "-k", "", "-c", "fsync=on", "-c", "max_connections=200",
                "-c", "shared_buffers=128MB", "-c", "logging_collector=off"));
        Path logFile = dataDirectory.resolveSibling("postgres.log");
        // standard input stays a pipe from this JVM: the supervisor's watch on it (never written, never closed here)
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        waitUntilReady(logFile);
        log.info("嵌入式 PostgreSQL 已启动，端口 {}，数据目录 {}", port, dataDirectory);
    }

    private void stopStaleServer() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            try {
                run(List.of("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"), Duration.ofSeconds(30));
            } catch (IOException staleFileOnly) {
                log.debug("没有残留的数据库进程: {}", staleFileOnly.getMessage());
            }
        }
    }

    private void waitUntilReady(Path logFile) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IOException("嵌入式 PostgreSQL 启动失败，详见 " + logFile);
            }
            try (var ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
                return;
            } catch (SQLException notYet) {
                sleep(100);
            }
        }
        throw new IOException("嵌入式 PostgreSQL 在 60 秒内未就绪，详见 " + logFile);
    }

    @Override
    public synchronized void close() {
        if (server == null || !server.isAlive()) {
            return;
        }
        try {
            run(List.of("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"), Duration.ofSeconds(30));
        } catch (IOException e) {
            server.destroy();
        }
        server = null;
    }

    private void run(List<String> args, Duration timeout) throws IOException {
        List<String> command = command(args.get(0), args.subList(1, args.size()).toArray(String[]::new));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        try {
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(args.get(0) + " 执行失败: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (runAsRoot) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Path extractBinaries(Path target) throws IOException {
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        Path staging = Files.createDirectories(target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid()));
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IOException("类路径中缺少 PostgreSQL 程序包 " + ARCHIVE);
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = staging.resolve(entry.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IOException("程序包中的路径无效: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
        }
        Files.move(staging, target);
        Files.createFile(marker);
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int bit = 0; bit < 9; bit++) {
            if ((mode & (1 << (8 - bit))) != 0) {
                result.add(all[bit]);
            }
        }
        return result;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
