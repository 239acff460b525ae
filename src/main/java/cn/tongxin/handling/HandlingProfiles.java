package cn.tongxin.handling;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.calendar.WorkingDays;
import cn.tongxin.handling.HandlingProfile.Term;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.SubjectType;

/** The handling profile of each subject type, from the committee's settings, and the deadlines it gives. */
@Component
public class HandlingProfiles {

    static final List<String> RATING_DIMENSIONS = List.of("办理态度", "办理结果");

    private final CommitteeSettings settings;
    private final WorkingDays workingDays;

    HandlingProfiles(CommitteeSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    public HandlingProfile profile(long committeeId, SubjectType subject) {
        Term objection = Term.days(value(committeeId, SettingKey.OBJECTION_WINDOW_DAYS));
        int ratingWindow = value(committeeId, SettingKey.RATING_WINDOW_DAYS);
        int rehandle = value(committeeId, SettingKey.REHANDLE_DEADLINE_MONTHS);
        if (subject == SubjectType.MICRO_SUGGESTION) {
            // 微建议: one unit, a deadline in working days, extensions up to twice that
            int days = value(committeeId, SettingKey.MICRO_SUGGESTION_REPLY_WORKING_DAYS);
            return new HandlingProfile(subject, EnumSet.of(HandlingMode.SOLE), Term.workingDays(days), Term.workingDays(days * 2),
                    null, objection, ratingWindow, rehandle, RATING_DIMENSIONS);
        }
        return new HandlingProfile(subject, EnumSet.allOf(HandlingMode.class),
                Term.months(value(committeeId, SettingKey.REPLY_DEADLINE_MONTHS)),
                Term.months(value(committeeId, SettingKey.EXTENSION_TOTAL_MAX_MONTHS)),
                Term.months(value(committeeId, SettingKey.CO_HANDLER_OPINION_MONTHS)), objection, ratingWindow, rehandle,
                RATING_DIMENSIONS);
    }

    /** The deadlines of a case assigned on {@code on} in this mode. */
    public Deadlines deadlines(long committeeId, HandlingProfile profile, HandlingMode mode, LocalDate on) {
        return new Deadlines(add(committeeId, on, profile.reply()), add(committeeId, on, profile.maxReply()),
                mode == HandlingMode.LEAD_WITH_CO && profile.coOpinion() != null ? add(committeeId, on, profile.coOpinion()) : null,
                add(committeeId, on, profile.objection()));
    }

    LocalDate add(long committeeId, LocalDate from, Term term) {
        return switch (term.unit()) {
            case DAYS -> from.plusDays(term.amount());
            case MONTHS -> from.plusMonths(term.amount());
            case WORKING_DAYS -> workingDays.add(committeeId, from, term.amount());
        };
    }

    private int value(long committeeId, SettingKey key) {
        return settings.value(committeeId, key);
    }

    public record Deadlines(LocalDate due, LocalDate maxDue, LocalDate coOpinionDue, LocalDate objectionUntil) {
    }
}
