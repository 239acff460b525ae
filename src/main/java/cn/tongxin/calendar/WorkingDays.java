package cn.tongxin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.calendar.internal.CalendarDays;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

@Service
@Transactional
public class WorkingDays {

    private final CalendarDays days;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    WorkingDays(CalendarDays days, CurrentUsers currentUsers, AuditLog audit) {
        this.days = days;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The n-th working day after {@code from} (a deadline of n working days counted from the day after). */
    @Transactional(readOnly = true)
    public LocalDate add(long committeeId, LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        Map<LocalDate, Boolean> overrides = overrides(committeeId, from, from.plusDays(workingDays * 3L + 60));
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorking(day, overrides)) {
                counted++;
            }
        }
        return day;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(long committeeId, LocalDate day) {
        return isWorking(day, overrides(committeeId, day, day));
    }

    private static boolean isWorking(LocalDate day, Map<LocalDate, Boolean> overrides) {
        Boolean special = overrides.get(day);
        return special != null ? special : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Boolean> overrides(long committeeId, LocalDate from, LocalDate to) {
        return days.overrides(committeeId, from, to);
    }

    @Transactional(readOnly = true)
    public List<SpecialDay> year(int year) {
        CurrentUser user = currentUsers.get();
        return days.between(user.committeeId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Staff mark a holiday (working = false) or an adjusted working day (working = true). */
    public void set(LocalDate day, boolean working, String note) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (day == null) {
            throw BusinessException.invalid("请选择日期");
        }
        if (Text.trimToNull(note) != null && note.strip().length() > 100) {
            throw BusinessException.invalid("说明不能超过100个字");
        }
        days.save(staff.committeeId(), day, working, Text.trimToNull(note));
        audit.record(staff.committeeId(), "修改工作日历", "calendar_day", day, day + (working ? " 调休上班" : " 放假") +
                (Text.isBlank(note) ? "" : "（" + note.strip() + "）"));
    }

    public void remove(LocalDate day) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        int removed = days.delete(staff.committeeId(), day);
        if (removed == 0) {
            throw BusinessException.notFound("该日期的设置");
        }
        audit.record(staff.committeeId(), "修改工作日历", "calendar_day", day, day + " 恢复为默认");
    }

    public record SpecialDay(LocalDate day, boolean working, String note) {
    }
}
