package cn.tongxin.handling.internal;

import java.time.LocalDate;

import cn.tongxin.handling.AssignmentStatus;
import cn.tongxin.handling.UnitRole;

public record AssignmentRow(long id, long caseId, long committeeId, long unitId, String unitName, UnitRole role,
                     AssignmentStatus status, LocalDate dueDate) {
}
