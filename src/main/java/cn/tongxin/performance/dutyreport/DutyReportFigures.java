package cn.tongxin.performance.dutyreport;

import org.springframework.stereotype.Component;

import cn.tongxin.performance.PerformanceRecords;
import tools.jackson.databind.json.JsonMapper;

/** A report's figures: from the record while the member writes, from the frozen copy once submitted. */
@Component
class DutyReportFigures {

    private final PerformanceRecords records;
    private final JsonMapper json;

    DutyReportFigures(PerformanceRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    static boolean frozen(DutyReport r) {
        return r.figures() != null && r.status() != DutyReportStatus.DRAFT && r.status() != DutyReportStatus.RETURNED;
    }

    DutyFigures of(DutyReport r) {
        return frozen(r) ? json.readValue(r.figures(), DutyFigures.class) : live(r);
    }

    DutyFigures live(DutyReport r) {
        return DutyFigures.of(records.of(r.memberId(), r.year()));
    }

    /** The live figures as the JSON kept with a submitted report. */
    String freeze(DutyReport r) {
        return json.writeValueAsString(live(r));
    }
}
