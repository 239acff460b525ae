package cn.tongxin.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.search.internal.ChineseText;
import cn.tongxin.search.internal.SimilarCandidates;
import cn.tongxin.search.internal.SimilarityScoring;
import cn.tongxin.search.internal.TextSimilarity;
import cn.tongxin.shared.BusinessException;

/**
 * 近年来相似提案及办理情况: while a member drafts (and staff review), the proposals of the last five years most like
 * the draft, with number, status, units and reply categories — advisory only. Candidates come from the index (the
 * reader's visible, non-draft proposals sharing a word), ranked by TF-IDF cosine over segmented words; only those
 * at or above {@link #THRESHOLD} are shown, the score where the labelled set measured precision ≥ 0.8
 * (docs/benchmarks.md, {@code SimilarProposalsEvaluation}). Staff reviewing a proposal see the same list within its
 * term (届: the plenary sessions of one term, five years or so) as 并案 candidates.
 */
@Service
public class SimilarProposals {

    /** Chosen on the labelled set (precision ≥ 0.8 at the highest recall); see docs/benchmarks.md. */
    public static final double THRESHOLD = 0.30;
    public static final int YEARS = 5;
    public static final int SHOWN = 5;

    private final CurrentUsers currentUsers;
    private final SimilarCandidates candidates;
    private final SimilarityScoring scoring;
    private final Clock clock;

    SimilarProposals(CurrentUsers currentUsers, SimilarCandidates candidates, SimilarityScoring scoring, Clock clock) {
        this.currentUsers = currentUsers;
        this.candidates = candidates;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** One similar proposal as the panel shows it. */
    public record Similar(long id, String title, String number, Integer year, String status, String replyCategories,
                          List<String> units, double score) {
        public String link() {
            return "/proposals/" + id;
        }
    }

    /** For a draft's title and text (the draft itself, when saved, excluded by {@code draftId}). */
    public List<Similar> forDraft(String title, String text, Long draftId) {
        CurrentUser user = currentUsers.require(Role.MEMBER, Role.ADMIN, Role.STAFF);
        int year = LocalDate.now(clock).getYear();
        return find(new SimilarCandidates.Scope(SearchRecords.reader(user), year - YEARS + 1, null, draftId == null ? -1 : draftId),
                TextSimilarity.profile(ChineseText.shared(), title, text));
    }

    /**
     * 并案 candidates for staff reviewing a proposal: similar ones placed in the sessions of its term (届), from its
     * indexed words; a proposal in no session (a draft, an import) is compared within its year.
     */
    public List<Similar> mergeCandidates(long proposalId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        SimilarCandidates.Own own = candidates.own(user.committeeId(), proposalId)
                .orElseThrow(() -> BusinessException.notFound("提案"));
        int year = own.year() == null ? LocalDate.now(clock).getYear() : own.year();
        ChineseText analyser = ChineseText.shared();
        var scope = own.termId() == null
                ? new SimilarCandidates.Scope(SearchRecords.reader(user), year, year, proposalId)
                : new SimilarCandidates.Scope(SearchRecords.reader(user), Math.min(year, own.termStartYear()), null, proposalId, false,
                        own.termId());
        return find(scope, TextSimilarity.profile(analyser.words(own.title()), SimilarityScoring.split(own.terms())));
    }

    private List<Similar> find(SimilarCandidates.Scope scope, List<String> draft) {
        return scoring.score(scope, draft).stream().filter(s -> s.score() >= THRESHOLD).limit(SHOWN)
                .map(s -> {
                    SimilarCandidates.Candidate c = s.candidate();
                    return new Similar(c.id(), c.title(), c.number(), c.year(), c.status(), c.replyCategories(), c.units(),
                            Math.round(s.score() * 100) / 100.0);
                }).toList();
    }
}
