package cn.tongxin.suggestion.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.CaseSheet;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SuggestionQueries;
import cn.tongxin.suggestion.SuggestionStatus;
import cn.tongxin.suggestion.SuggestionView;
import cn.tongxin.web.Downloads;

/** The micro-suggestion list as .xlsx, with the handling columns an office hands over. */
@Controller
class SuggestionListExportController {

    static final List<String> HEADERS = List.of("标题", "提出委员", "地点", "状态", "收到日期", "承办单位", "交办日期", "答复日期",
            "答复类别", "办理态度评价", "办理结果评价");

    private final SuggestionQueries queries;
    private final CurrentUsers currentUsers;
    private final CaseSheet cases;
    private final Dictionaries dictionaries;
    private final Clock clock;

    SuggestionListExportController(SuggestionQueries queries, CurrentUsers currentUsers, CaseSheet cases,
                                   Dictionaries dictionaries, Clock clock) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.cases = cases;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @GetMapping("/suggestions/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) SuggestionStatus status, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Boolean received) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        boolean onlyReceived = Boolean.TRUE.equals(received);
        List<SuggestionView> all = Spreadsheets.allPages(p -> queries.list(status, year, onlyReceived, new PageQuery(p, PageQuery.MAX_SIZE), null));
        Map<Long, CaseSheet.Row> handled = cases.of(user.committeeId(), SubjectType.MICRO_SUGGESTION,
                all.stream().map(SuggestionView::id).toList());
        Map<String, String> categories = new HashMap<>();
        dictionaries.entries(user.committeeId(), DictionaryKind.REPLY_CATEGORY).forEach(e -> categories.put(e.code(), e.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (SuggestionView s : all) {
            CaseSheet.Row c = handled.get(s.id());
            List<Object> row = new ArrayList<>(Arrays.asList(s.title(), s.memberName(), s.place(), s.status().label(),
                    s.receivedOn() != null ? s.receivedOn() : day(s.submittedAt())));
            if (c == null) {
                row.addAll(Arrays.asList("", null, null, "", "", ""));
            } else {
                List<String> units = new ArrayList<>(c.leadUnits());
                units.addAll(c.splitUnits());
                row.addAll(Arrays.asList(String.join("、", units), day(c.assignedAt()), day(c.repliedAt()),
                        String.join("、", c.categories().stream().map(k -> categories.getOrDefault(k, k)).distinct().toList()),
                        c.attitude(), c.result()));
            }
            rows.add(row);
        }
        return Downloads.of("微建议清单.xlsx", Downloads.XLSX, Spreadsheets.list("微建议", HEADERS, rows));
    }

    private LocalDate day(Instant at) {
        return at == null ? null : at.atZone(clock.getZone()).toLocalDate();
    }
}
