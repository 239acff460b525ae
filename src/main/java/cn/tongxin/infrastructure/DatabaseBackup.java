package cn.tongxin.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Backup and restore of the embedded PostgreSQL, as a copy of its data folder (a base backup). The embedded binaries
 * hold only initdb, pg_ctl and postgres, so no pg_dump: while the server runs, the copy is taken between
 * {@code pg_backup_start} and {@code pg_backup_stop} with the WAL written meanwhile kept by a temporary replication
 * slot and copied after, as pg_basebackup does; a restored copy replays that WAL at its first start and is consistent
 * as of the end of the backup. A stopped server's folder is copied as it is. Command line:
 * {@code scripts/backup.sh [target]} and {@code scripts/restore.sh <backup>} (docs/deployment.md).
 */
public final class DatabaseBackup {

    /** Folders whose contents a base backup leaves out (they are rebuilt at start), as pg_basebackup does. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "current_logfiles", "pg_internal.init", "backup_label.old", "tablespace_map.old");

    private DatabaseBackup() {
    }

    /** What a backup holds and how it was taken. */
    public record Taken(Path folder, boolean online, String startLsn, String stopLsn) {
    }

    /**
     * Copies the cluster of the embedded data folder ({@code ./data/postgres}) into {@code target}, a new folder:
     * online when its server answers, else the stopped folder as it is.
     */
    public static Taken backup(Path dataFolder, Path target) throws IOException, SQLException {
        Path cluster = dataFolder.toAbsolutePath().normalize().resolve("cluster");
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            throw new IOException("没有找到数据库目录: " + cluster);
        }
        Path copy = Files.createDirectories(target.toAbsolutePath().normalize()).resolve("cluster");
        if (Files.exists(copy)) {
            throw new FileAlreadyExistsException(copy + " 已存在，请指定新的备份目录");
        }
        Optional<Integer> port = runningPort(cluster);
        Taken taken;
        if (port.isEmpty()) {
            copyTree(cluster, copy, path -> true, path -> !LEFT_OUT.contains(path.getFileName().toString()));
            taken = new Taken(target, false, null, null);
        } else {
            taken = online(cluster, copy, port.get(), target);
        }
        Files.writeString(target.resolve("BACKUP.txt"), """
                同心 数据库备份 (PostgreSQL data folder)
                taken: %s
                mode: %s
                start-lsn: %s
                stop-lsn: %s
                restore: scripts/restore.sh %s
                """.formatted(Instant.now(), taken.online() ? "online base backup" : "copy of a stopped server",
                taken.startLsn(), taken.stopLsn(), target));
        return taken;
    }

    private static Taken online(Path cluster, Path copy, int port, Path target) throws IOException, SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); var sql = c.createStatement()) {
            // keeps every WAL segment from here on until this connection closes
            sql.execute("select pg_create_physical_replication_slot('tongxin_backup_" + ProcessHandle.current().pid()
                    + "', true, true)");
            String start;
            try (var rs = sql.executeQuery("select pg_backup_start('tongxin " + Instant.now() + "', true)::text")) {
                rs.next();
                start = rs.getString(1);
            }
            String stop;
            String label;
            String tablespaceMap;
            try {
                // the emptied folders are there, empty (pg_wal keeps its own folders: its segments come after)
                copyTree(cluster, copy,
                        dir -> cluster.relativize(dir).getNameCount() == 1 || cluster.relativize(dir).startsWith("pg_wal")
                                || !EMPTIED.contains(cluster.relativize(dir).getName(0).toString()),
                        file -> !LEFT_OUT.contains(file.getFileName().toString())
                                && !EMPTIED.contains(cluster.relativize(file).getName(0).toString())
                                && !file.getFileName().toString().startsWith("pgsql_tmp"));
            } finally {
                try (var rs = sql.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
                    rs.next();
                    stop = rs.getString(1);
                    label = rs.getString(2);
                    tablespaceMap = rs.getString(3);
                }
            }
            sql.execute("select pg_switch_wal()");
            Files.writeString(copy.resolve("backup_label"), label);
            if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                Files.writeString(copy.resolve("tablespace_map"), tablespaceMap);
            }
            try (var segments = Files.list(cluster.resolve("pg_wal"))) {
                for (Path segment : segments.filter(Files::isRegularFile).toList()) {
                    copyFile(segment, copy.resolve("pg_wal").resolve(segment.getFileName()));
                }
            }
            return new Taken(target, true, start, stop);
        }
    }

    /**
     * Puts a backup in place of the cluster of the embedded data folder; its server must be stopped. The cluster it
     * replaces is kept beside it ({@code cluster.before-restore-…}). The next start replays the backup's WAL.
     */
    public static Path restore(Path backup, Path dataFolder) throws IOException {
        Path source = backup.toAbsolutePath().normalize().resolve("cluster");
        if (!Files.exists(source.resolve("PG_VERSION"))) {
            throw new IOException("不是数据库备份目录: " + backup);
        }
        Path root = Files.createDirectories(dataFolder.toAbsolutePath().normalize());
        Path cluster = root.resolve("cluster");
        if (runningPort(cluster).isPresent()) {
            throw new IOException("数据库正在运行，请先停止平台再恢复: " + cluster);
        }
        if (Files.exists(cluster)) {
            Path kept = root.resolve("cluster.before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(cluster, kept);
        }
        copyTree(source, cluster, path -> true, path -> true);
        Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
        return cluster;
    }

    /** The port of the server running on the cluster, read from postmaster.pid, if it answers there. */
    static Optional<Integer> runningPort(Path cluster) throws IOException {
        Path pid = cluster.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4 || lines.get(3).isBlank()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(lines.get(3).trim());
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return Optional.of(port);
        } catch (IOException notListening) {
            return Optional.empty(); // a stale file left by a server that is gone
        }
    }

    private static void copyTree(Path from, Path to, Predicate<Path> includeFolder, Predicate<Path> includeFile)
            throws IOException {
        Files.createDirectories(to);
        try (var paths = Files.walk(from)) {
            for (Path path : paths.skip(1).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    if (includeFolder.test(path)) {
                        Files.createDirectories(target);
                    }
                } else if (includeFile.test(path)) {
                    copyFile(path, target);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file the server removes while the copy runs (a dropped table) is simply not in the copy. */
    private static void copyFile(Path from, Path to) throws IOException {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException gone) {
            // removed meanwhile: WAL replay does not need it
        }
    }

    /** {@code backup [target]} or {@code restore <backup>}; the data folder is TONGXIN_DATA_DIR or ./data/postgres. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(Optional.ofNullable(System.getenv("TONGXIN_DATA_DIR")).filter(s -> !s.isBlank()).orElse("./data/postgres"));
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "backup" -> {
                Path target = args.length > 1 ? Path.of(args[1])
                        : Path.of("backups", "tongxin-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Taken taken = backup(data, target);
                System.out.println((taken.online() ? "在线备份完成" : "已复制停止的数据库") + ": " + target.toAbsolutePath());
            }
            case "restore" -> {
                if (args.length < 2) {
                    throw new IllegalArgumentException("用法: restore <备份目录>");
                }
                Path cluster = restore(Path.of(args[1]), data);
                System.out.println("已恢复到 " + cluster + "；下次启动平台时生效");
            }
            default -> {
                System.err.println("用法: backup [目标目录] | restore <备份目录>   (数据目录: TONGXIN_DATA_DIR，默认 ./data/postgres)");
                System.exit(2);
            }
        }
    }
}
