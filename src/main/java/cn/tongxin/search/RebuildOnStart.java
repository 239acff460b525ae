package cn.tongxin.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The whole index is rebuilt from the records when the application starts with an empty index (the first start after
 * the upgrade that brought search) or with {@code --tongxin.search.rebuild-on-start=true}. By default in the
 * background, so start-up does not wait for it (a province's records take minutes); searches meanwhile find what is
 * indexed so far ({@code tongxin.search.rebuild-when-empty=false} leaves an empty index to the administrator's
 * rebuild command, as the benchmarks on a kept province do). Tests rebuild in the foreground ({@code tongxin.search.rebuild-in-background=false}).
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);
    private final RebuildIndex rebuild;
    private final boolean enabled;

    private final boolean background;
    private final boolean whenEmpty;

    RebuildOnStart(RebuildIndex rebuild, @Value("${tongxin.search.rebuild-on-start:false}") boolean enabled,
                   @Value("${tongxin.search.rebuild-in-background:true}") boolean background,
                   @Value("${tongxin.search.rebuild-when-empty:true}") boolean whenEmpty) {
        this.whenEmpty = whenEmpty;
        this.rebuild = rebuild;
        this.enabled = enabled;
        this.background = background;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled && (!whenEmpty || !rebuild.indexIsEmpty())) {
            return;
        }
        Runnable work = () -> {
            RebuildIndex.Result result = rebuild.committee(null);
            log.info("检索索引已重建：{} 条，用时 {} ms", result.documents(), result.millis());
        };
        if (background) {
            Thread.ofPlatform().name("search-rebuild").daemon().start(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("检索索引重建失败，可由管理员重新发起", e);
                }
            });
        } else {
            work.run();
        }
    }
}
