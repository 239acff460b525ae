package cn.tongxin.search;

import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.search.internal.IndexRebuilder;

/**
 * 重建检索索引: the administrator rebuilds their committee's documents from the records (after a restore, or when the
 * segmentation dictionary changed). The result equals the index kept from events. The whole index is rebuilt at
 * start-up with {@code tongxin.search.rebuild-on-start=true} ({@link RebuildOnStart}).
 */
@Service
public class RebuildIndex {

    private final CurrentUsers currentUsers;
    private final IndexRebuilder rebuilder;

    RebuildIndex(CurrentUsers currentUsers, IndexRebuilder rebuilder) {
        this.currentUsers = currentUsers;
        this.rebuilder = rebuilder;
    }

    public record Result(long documents, long millis) {
    }

    public Result rebuildOwnCommittee() {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        return timed(admin.committeeId());
    }

    /** Without a user: the start-up runner and a committee's history import. */
    public Result committee(Long committeeId) {
        return timed(committeeId);
    }

    public boolean indexIsEmpty() {
        return rebuilder.isEmpty();
    }

    private Result timed(Long committeeId) {
        long start = System.nanoTime();
        long documents = rebuilder.rebuild(committeeId);
        return new Result(documents, (System.nanoTime() - start) / 1_000_000);
    }
}
