package cn.tongxin.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;

/** The adoption and instruction cells of a row (reports and outputs share them), checked together. */
final class OutcomeCells {

    record Adoption(AdoptionLevel level, LocalDate on) {
    }

    record Instruction(String leader, InstructionLevel level, LocalDate on, String text) {
    }

    record Read(List<Adoption> adoptions, List<Instruction> instructions) {

        List<LocalDate> days() {
            List<LocalDate> days = new ArrayList<>();
            adoptions.forEach(a -> days.add(a.on()));
            instructions.forEach(i -> days.add(i.on()));
            return days;
        }
    }

    private OutcomeCells() {
    }

    /**
     * @param columns levels, adopted on, leader, instruction level, instructed on, text — in that order
     * @param notBefore the column and day no outcome may precede
     */
    static Read read(RowCheck c, List<? extends SheetColumn> columns, SheetColumn notBeforeColumn, LocalDate notBefore) {
        SheetColumn levelsColumn = columns.get(0);
        SheetColumn adoptedColumn = columns.get(1);
        List<Adoption> adoptions = new ArrayList<>();
        List<String> levels = c.list(levelsColumn);
        LocalDate adopted = c.date(adoptedColumn);
        for (String level : levels) {
            Arrays.stream(AdoptionLevel.values()).filter(l -> l.label().equals(level)).findFirst().ifPresentOrElse(
                    l -> adoptions.add(new Adoption(l, adopted)),
                    () -> c.fail(levelsColumn, "“" + level + "”无效，应为市政协、市委市政府、省政协或全国政协"));
        }
        if (levels.isEmpty() != (adopted == null) && !c.failed()) {
            c.fail(levels.isEmpty() ? levelsColumn : adoptedColumn, "采用层级与采用日期须同时填写");
        }
        c.requireAfter(adoptedColumn, adopted, notBeforeColumn, notBefore);
        String leader = c.text(columns.get(2), 50);
        InstructionLevel level = c.choice(columns.get(3), v -> Arrays.stream(InstructionLevel.values())
                .filter(l -> l.label().equals(v)).findFirst(), "市领导、省领导或中央领导");
        LocalDate instructed = c.date(columns.get(4));
        String text = c.text(columns.get(5), 2000);
        boolean any = leader != null || level != null || instructed != null || text != null;
        List<Instruction> instructions = new ArrayList<>();
        if (any && (leader == null || level == null || instructed == null || text == null)) {
            if (!c.failed()) {
                c.fail(leader == null ? columns.get(2) : level == null ? columns.get(3) : instructed == null ? columns.get(4)
                        : columns.get(5), "批示的领导、层级、日期和内容须同时填写");
            }
        } else if (any) {
            instructions.add(new Instruction(leader, level, instructed, text));
        }
        c.requireAfter(columns.get(4), instructed, notBeforeColumn, notBefore);
        return new Read(adoptions, instructions);
    }
}
