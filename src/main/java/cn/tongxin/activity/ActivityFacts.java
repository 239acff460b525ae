package cn.tongxin.activity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.activity.internal.ActivityFactRows;

/**
 * The activity facts of a year as they stand now, for rebuilding a member's performance record: each member's
 * attendance at each activity held that year (出席, 列席, 请假; 缺席 only once the activity is archived), speeches and
 * outputs per author, and the outcomes of outputs (by their own dates). Internal: no permission check, the caller has
 * made its own.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFacts {

    private final ActivityFactRows rows;

    ActivityFacts(ActivityFactRows rows) {
        this.rows = rows;
    }

    public List<Object> replay(long committeeId, int year) {
        return rows.replay(committeeId, year, ActivityOutputs.SUBJECT);
    }
}
