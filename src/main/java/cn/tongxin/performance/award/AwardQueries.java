package cn.tongxin.performance.award;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.performance.award.AwardWorkflow.Action;
import cn.tongxin.performance.award.AwardWorkflow.Status;

/** Campaigns as pages and the API show them: the office and leaders see all, members the published results. */
@Service
@Transactional(readOnly = true)
public class AwardQueries {

    public record CampaignSummary(long id, int year, AwardKind kind, String title, Status status, Integer quota, int candidates,
                                  int winners, LocalDate publishedOn) {
    }

    /** A campaign with its candidates (members: the winners only), the figure columns and the steps offered. */
    public record CampaignPage(CampaignSummary campaign, List<Candidate> candidates, List<String> figureColumns,
                               List<Action> actions) {
        /** For templates: whether the current user is offered this step. */
        public boolean offers(String action) {
            return actions.contains(Action.valueOf(action));
        }
    }

    private final AwardAccess access;
    private final AwardCandidates candidates;
    private final CandidateSources sources;
    private final JdbcClient jdbc;

    AwardQueries(AwardAccess access, AwardCandidates candidates, CandidateSources sources, JdbcClient jdbc) {
        this.access = access;
        this.candidates = candidates;
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /** The committee's campaigns, newest year first (of one year when given). */
    public List<CampaignSummary> list(Integer year) {
        CurrentUser user = access.reader();
        return jdbc.sql("""
                select c.id, c.year, c.kind, c.title, c.status, c.quota, c.published_on,
                       (select count(*) from award_candidate d where d.campaign_id = c.id and d.status <> 'REMOVED') as candidates,
                       (select count(*) from award_candidate d where d.campaign_id = c.id and d.status = 'WINNER') as winners
                  from award_campaign c
                 where c.committee_id = ? and (cast(? as int) is null or c.year = ?) and (? or c.status = 'PUBLISHED')
                 order by c.year desc, c.id desc
                 limit 200""")
                .params(user.committeeId(), year, year, AwardAccess.seesAll(user))
                .query((rs, n) -> new CampaignSummary(rs.getLong("id"), rs.getInt("year"), AwardKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), Status.valueOf(rs.getString("status")), rs.getObject("quota", Integer.class),
                        rs.getInt("candidates"), rs.getInt("winners"), rs.getObject("published_on", LocalDate.class)))
                .list();
    }

    public CampaignPage show(long id) {
        CurrentUser user = access.reader();
        AwardCampaign c = access.visible(user, id);
        boolean all = AwardAccess.seesAll(user);
        Map<Long, String> names = sources.names();
        List<Candidate> list = candidates.of(user.committeeId(), id).stream().filter(x -> all || x.winner())
                .map(x -> withNames(x, names)).toList();
        Set<String> columns = new LinkedHashSet<>();
        list.forEach(x -> columns.addAll(x.figures().keySet()));
        var summary = new CampaignSummary(c.id(), c.year(), c.kind(), c.title(), c.status(), c.quota(),
                (int) list.stream().filter(x -> x.status() != Candidate.Status.REMOVED).count(),
                (int) list.stream().filter(Candidate::winner).count(), c.publishedOn());
        return new CampaignPage(summary, list, List.copyOf(columns), AwardWorkflow.offered(c.status(), AwardAccess.parties(user)));
    }

    private static Candidate withNames(Candidate x, Map<Long, String> names) {
        return new Candidate(x.id(), x.campaignId(), x.title(), x.memberIds(),
                x.memberIds().stream().map(m -> names.getOrDefault(m, "委员" + m)).toList(), x.source(), x.sectorId(), x.link(), x.figures(),
                x.rank(), x.origin(), x.reason(), x.status(), x.note());
    }
}
