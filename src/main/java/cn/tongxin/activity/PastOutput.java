package cn.tongxin.activity;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;

/**
 * A past output (research report, speech, 建议案 …) brought in under an activity of the committee, with its member
 * authors, the day it was made, and its adoptions and instruction.
 */
public record PastOutput(long activityId, OutputKind kind, String title, List<Long> authorIds, LocalDate madeOn,
                         List<Adoption> adoptions, List<Instruction> instructions) {

    public record Adoption(AdoptionLevel level, LocalDate on) {
    }

    public record Instruction(String leader, InstructionLevel level, LocalDate on, String text) {
    }
}
