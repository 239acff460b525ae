package cn.tongxin.opinion.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.OpinionQueries;
import cn.tongxin.opinion.ReportSummary;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.web.Downloads;

/** The opinion-report list as .xlsx, as filtered on its page. */
@Controller
class OpinionListExportController {

    static final List<String> HEADERS = List.of("标题", "作者", "来源", "分类", "状态", "报送日期", "是否编发");

    private final OpinionQueries queries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OpinionListExportController(OpinionQueries queries, CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/opinions/export")
    ResponseEntity<byte[]> export(@ModelAttribute OpinionQueries.Criteria criteria) {
        currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        List<ReportSummary> all = Spreadsheets.allPages(p -> queries.list(criteria, new PageQuery(p, PageQuery.MAX_SIZE)));
        List<List<Object>> rows = all.stream().map(r -> Arrays.<Object>asList(r.title(), r.authors(),
                r.source() == null ? "" : r.source().label(), r.categoryLabel(), r.status().label(),
                r.submittedAt() == null ? null : r.submittedAt().atZone(clock.getZone()).toLocalDate(),
                r.itemId() != null ? "已编发" : "")).toList();
        return Downloads.of("社情民意信息清单.xlsx", Downloads.XLSX, Spreadsheets.list("社情民意信息", HEADERS, rows));
    }
}
