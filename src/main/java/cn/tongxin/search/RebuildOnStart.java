package cn.tongxin.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The whole index is rebuilt from the records when the application starts with an empty index (the first start after
 * the upgrade that brought search) or with {@code --tongxin.search.rebuild-on-start=true}.
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);
    private final RebuildIndex rebuild;
    private final boolean enabled;

    RebuildOnStart(RebuildIndex rebuild, @Value("${tongxin.search.rebuild-on-start:false}") boolean enabled) {
        this.rebuild = rebuild;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled && !rebuild.indexIsEmpty()) {
            return;
        }
        RebuildIndex.Result result = rebuild.committee(null);
        log.info("检索索引已重建：{} 条，用时 {} ms", result.documents(), result.millis());
    }
}
