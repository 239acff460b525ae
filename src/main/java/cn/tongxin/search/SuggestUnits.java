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
import cn.tongxin.search.internal.UnitRanking;
import cn.tongxin.shared.BusinessException;

/**
 * 建议承办单位 at 交办: the units that handled the most similar proposals of the last five years, top three, each with
 * the similar proposals as its reason. Advisory: staff always choose (measured in docs/benchmarks.md).
 */
@Service
public class SuggestUnits {

    private final CurrentUsers currentUsers;
    private final SimilarCandidates candidates;
    private final SimilarityScoring scoring;
    private final Clock clock;

    SuggestUnits(CurrentUsers currentUsers, SimilarCandidates candidates, SimilarityScoring scoring, Clock clock) {
        this.currentUsers = currentUsers;
        this.candidates = candidates;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** A suggested unit, its weight (the summed similarity of the proposals behind it) and those proposals. */
    public record Suggestion(long unitId, String unitName, double weight, List<Reason> reasons) {
    }

    public record Reason(long proposalId, String title, String number, double score) {
    }

    public List<Suggestion> forProposal(long proposalId) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        SimilarCandidates.Own own = candidates.own(user.committeeId(), proposalId).orElseThrow(() -> BusinessException.notFound("提案"));
        int year = own.year() == null ? LocalDate.now(clock).getYear() : own.year();
        var scope = new SimilarCandidates.Scope(SearchRecords.reader(user), year - SimilarProposals.YEARS, null, proposalId, true);
        List<String> profile = TextSimilarity.profile(ChineseText.shared().words(own.title()), SimilarityScoring.split(own.terms()));
        List<UnitRanking.Neighbour> neighbours = scoring.score(scope, profile).stream()
                .map(s -> new UnitRanking.Neighbour(s.candidate().id(), s.candidate().title(), s.candidate().number(), s.score(),
                        s.candidate().unitIds(), s.candidate().units()))
                .toList();
        return UnitRanking.rank(neighbours).stream()
                .map(r -> new Suggestion(r.unitId(), r.unitName(), Math.round(r.weight() * 100) / 100.0, r.because().stream()
                        .map(n -> new Reason(n.id(), n.title(), n.number(), Math.round(n.score() * 100) / 100.0)).toList()))
                .toList();
    }
}
