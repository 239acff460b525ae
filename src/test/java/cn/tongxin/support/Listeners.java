package cn.tongxin.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The modules' listeners run behind the request: a test that reads their result first waits for them. */
public final class Listeners {

    private Listeners() {
    }

    /**
     * Waits (at most 20 s) until every published event's listeners whose id contains {@code module} have completed; for
     * search, also until the documents they noted are written.
     */
    public static void settled(JdbcClient jdbc, String module) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
                    .param("%" + module + "%").query(Long.class).single() == 0
                    && (!module.contains("search") || jdbc.sql("select count(*) from search_pending").query(Long.class).single() == 0)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the " + module + " listeners did not finish");
    }
}
