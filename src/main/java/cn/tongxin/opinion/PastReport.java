package cn.tongxin.opinion;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;

/**
 * A past public-opinion report brought in with its real dates: its member authors, category code, submission day,
 * the bulletin issue that carried it (if issued), and its adoptions and instructions.
 */
public record PastReport(String title, List<Author> authors, String category, LocalDate submittedOn, Integer bulletinNumber,
                         LocalDate issuedOn, List<Adoption> adoptions, List<Instruction> instructions) {

    public record Author(long memberId, String name) {
    }

    public record Adoption(AdoptionLevel level, LocalDate on) {
    }

    public record Instruction(String leader, InstructionLevel level, LocalDate on, String text) {
    }

    public boolean issued() {
        return issuedOn != null;
    }
}
