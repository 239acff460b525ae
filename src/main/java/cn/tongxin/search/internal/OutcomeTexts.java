package cn.tongxin.search.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;

/** Leaders' instructions (批示) on a record, as text its document is found by: "批示（leader）：text". */
@Component
class OutcomeTexts {

    private final JdbcClient jdbc;

    OutcomeTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String of(long committeeId, SubjectRef subject) {
        return String.join("\n", jdbc.sql("""
                select '批示（' || leader || '）：' || text from outcome_instruction
                 where committee_id = ? and subject_type = ? and subject_id = ? order by instructed_on, id""")
                .params(committeeId, subject.type().name(), subject.id()).query(String.class).list());
    }
}
