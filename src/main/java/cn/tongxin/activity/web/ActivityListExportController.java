package cn.tongxin.activity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.web.Downloads;

/** The activity list as .xlsx: an activity's time matters, so its start and end keep the hour and minute. */
@Controller
class ActivityListExportController {

    static final List<String> HEADERS = List.of("活动名称", "类型", "组织方", "开始时间", "结束时间", "地点", "形式", "邀请人数", "出席人数");

    private final ActivityQueries queries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ActivityListExportController(ActivityQueries queries, CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/activities/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword, @RequestParam(required = false) ActivityType type,
                                  @RequestParam(required = false) Integer year, @RequestParam(required = false) Long organiserId) {
        currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var all = Spreadsheets.allPages(p -> queries.list(keyword, type, year, organiserId, new PageQuery(p, PageQuery.MAX_SIZE)));
        List<List<Object>> rows = all.stream().map(a -> Arrays.<Object>asList(a.title(), a.type().label(), a.organiserName(),
                time(a.startsAt()), time(a.endsAt()), a.place(), a.online() ? "线上" : "线下", a.invited(), a.present())).toList();
        return Downloads.of("履职活动清单.xlsx", Downloads.XLSX, Spreadsheets.list("履职活动", HEADERS, rows));
    }

    private LocalDateTime time(Instant at) {
        return at == null ? null : at.atZone(clock.getZone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
