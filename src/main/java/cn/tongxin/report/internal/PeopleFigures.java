package cn.tongxin.report.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.tongxin.activity.SpeechHeadlines;
import cn.tongxin.member.MemberHeadlines;
import cn.tongxin.opinion.CorrespondentAppointments;
import cn.tongxin.opinion.OpinionHeadlines;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.organization.StudioLevel;
import cn.tongxin.report.AnnualFigureSource;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The people-side figures of the annual account, by key, and the records behind each — from the modules' own
 * headline definitions: {@code MEMBER_PERSONS} (persons on the rolls, each once), {@code STUDIO_LEVEL:<level|NONE>}
 * (both as of today), {@code SPECIAL_CORRESPONDENTS} (特聘信息员 whose term overlaps the period),
 * {@code OPINION_SOURCE:<source>} (reports received per source), {@code SPEECHES_PARTY:<name>} and
 * {@code SPEECHES_SECTOR:<name>} (发言人次 by the speaker's party/group and sector).
 */
@Component
public class PeopleFigures {

    public static final String MEMBER_PERSONS = "MEMBER_PERSONS";
    public static final String STUDIO_LEVEL = "STUDIO_LEVEL:";
    public static final String NO_LEVEL = "NONE";
    public static final String SPECIAL_CORRESPONDENTS = "SPECIAL_CORRESPONDENTS";
    public static final String OPINION_SOURCE = "OPINION_SOURCE:";
    public static final String SPEECHES_PARTY = "SPEECHES_PARTY:";
    public static final String SPEECHES_SECTOR = "SPEECHES_SECTOR:";

    private final MemberHeadlines members;
    private final StudioHeadlines studios;
    private final CorrespondentAppointments correspondents;
    private final OpinionHeadlines opinions;
    private final SpeechHeadlines speeches;
    private final java.util.List<AnnualFigureSource> sources;

    PeopleFigures(MemberHeadlines members, StudioHeadlines studios, CorrespondentAppointments correspondents,
                  OpinionHeadlines opinions, SpeechHeadlines speeches, java.util.List<AnnualFigureSource> sources) {
        this.sources = sources;
        this.members = members;
        this.studios = studios;
        this.correspondents = correspondents;
        this.opinions = opinions;
        this.speeches = speeches;
    }

    /** Figures that count what is there today: last year has them only if locked. */
    public static boolean asOfToday(String key) {
        return MEMBER_PERSONS.equals(key) || key.startsWith(STUDIO_LEVEL);
    }

    public static boolean owns(String key) {
        return key.equals(MEMBER_PERSONS) || key.equals(SPECIAL_CORRESPONDENTS)
                || key.startsWith(STUDIO_LEVEL) || key.startsWith(OPINION_SOURCE) || key.startsWith(SPEECHES_PARTY)
                || key.startsWith(SPEECHES_SECTOR);
    }

    /**
     * The people figures that are not summed per committee and year: persons (each once across the rolls) and studios
     * per level as of today (unless {@code asOfToday} is false), and 特聘信息员 over the period. The reports per source and the speeches are
     * {@link Breakdowns}.
     */
    public Map<String, Long> of(Collection<Long> committees, DateRange range, boolean asOfToday) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (asOfToday) {
            values.put(MEMBER_PERSONS, members.persons(committees));
            var levels = studios.byLevel(committees);
            for (StudioLevel level : StudioLevel.values()) {
                values.put(STUDIO_LEVEL + level.name(), levels.getOrDefault(level, 0L));
            }
            values.put(STUDIO_LEVEL + NO_LEVEL, levels.getOrDefault(null, 0L));
        }
        values.put(SPECIAL_CORRESPONDENTS, correspondents.count(committees, range));
        sources.forEach(s -> values.putAll(s.values(committees, range)));
        return values;
    }

    /** The lines other modules contribute ({@link AnnualFigureSource}), in their order. */
    public java.util.List<AnnualFigureSource.Definition> contributed() {
        return sources.stream().flatMap(s -> s.definitions().stream()).toList();
    }

    /** Whether the key is one another module contributes. */
    public boolean contributes(String key) {
        return contributed().stream().anyMatch(d -> d.key().equals(key));
    }

    /** The records behind a people figure; empty if the key is not one of these. */
    public Optional<PageResult<CountedRecord>> records(Collection<Long> committees, DateRange range, String key, PageQuery page) {
        for (AnnualFigureSource source : sources) {
            var found = source.records(committees, range, key, page);
            if (found.isPresent()) {
                return found;
            }
        }
        try {
            if (key.equals(MEMBER_PERSONS)) {
                return Optional.of(members.personRecords(committees, page));
            }
            if (key.equals(SPECIAL_CORRESPONDENTS)) {
                return Optional.of(correspondents.records(committees, range, page));
            }
            if (key.startsWith(STUDIO_LEVEL)) {
                String level = argument(key, STUDIO_LEVEL);
                return Optional.of(studios.records(committees, level.equals(NO_LEVEL) ? null : StudioLevel.valueOf(level), page));
            }
            if (key.startsWith(OPINION_SOURCE)) {
                return Optional.of(opinions.fromSource(committees, range, OpinionSource.valueOf(argument(key, OPINION_SOURCE)), page));
            }
            if (key.startsWith(SPEECHES_PARTY)) {
                return Optional.of(speeches.records(committees, range, SpeechHeadlines.By.PARTY, argument(key, SPEECHES_PARTY), page));
            }
            if (key.startsWith(SPEECHES_SECTOR)) {
                return Optional.of(speeches.records(committees, range, SpeechHeadlines.By.SECTOR, argument(key, SPEECHES_SECTOR), page));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String argument(String key, String prefix) {
        String argument = key.substring(prefix.length());
        if (argument.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return argument;
    }
}
