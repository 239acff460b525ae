package cn.tongxin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every piece of timed work runs under a ShedLock lock, so that of several instances on one database one does it: each
 * {@code @Scheduled} method, and each listener of a moments event (a day, week, month … has passed), which every
 * instance publishes at the same time.
 */
class ScheduledWorkIsLockedTests {

    private static final Set<String> MOMENTS = Set.of("DayHasPassed", "HourHasPassed", "WeekHasPassed", "MonthHasPassed",
            "QuarterHasPassed", "YearHasPassed");

    @Test
    void everyScheduledJobAndMomentListenerHoldsALock() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.tongxin");
        List<JavaMethod> timed = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class) || m.getRawParameterTypes().stream()
                        .anyMatch(p -> p.getPackageName().startsWith("org.springframework.modulith.moments")
                                && MOMENTS.contains(p.getSimpleName())))
                .toList();
        assertThat(timed).as("timed work found").extracting(JavaMethod::getFullName)
                .anyMatch(name -> name.contains("HandlingReminders.daily"))
                .anyMatch(name -> name.contains("ExpiredSessions"));
        assertThat(timed).allSatisfy(m -> assertThat(m.isAnnotatedWith(SchedulerLock.class))
                .as(m.getFullName() + " runs under @SchedulerLock").isTrue());
    }
}
