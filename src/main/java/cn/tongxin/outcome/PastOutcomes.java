package cn.tongxin.outcome;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.outcome.internal.OutcomeRecords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.ImportStamp;
import cn.tongxin.shared.SubjectRef;

/**
 * Records past adoptions and instructions (历史数据导入) on their real dates, in the importing transaction. No event:
 * the importer announces the whole import once, and the listeners rebuild the years it touched from the rows.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastOutcomes {

    private final OutcomeRecords records;

    PastOutcomes(OutcomeRecords records) {
        this.records = records;
    }

    public void adopted(long committeeId, SubjectRef subject, AdoptionLevel level, LocalDate on, ImportStamp stamp) {
        if (!records.addAdoption(new OutcomeEvents.Adopted(subject, committeeId, level, false, on), "（历史导入）", stamp.by())) {
            throw BusinessException.conflict("已登记" + level.label() + "采用");
        }
    }

    public void instructed(long committeeId, SubjectRef subject, String leader, InstructionLevel level, LocalDate on, String text,
                           ImportStamp stamp) {
        records.addInstruction(new OutcomeEvents.Instructed(subject, committeeId, leader, level, on), text, null, stamp.by());
    }
}
