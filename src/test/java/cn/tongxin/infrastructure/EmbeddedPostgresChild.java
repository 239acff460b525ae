package cn.tongxin.infrastructure;

import java.nio.file.Path;

/** A JVM that starts an embedded server and waits to be killed (EmbeddedPostgresTests). */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), 0);
        System.out.println("READY " + postgres.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
