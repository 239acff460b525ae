package cn.tongxin.performance.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The candidates of campaigns (their own table: their ids are the sources of winners' record entries). */
@Component
class AwardCandidates {

    private static final TypeReference<LinkedHashMap<String, String>> FIGURES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, campaign_id, title, member_ids, source_type, source_id, sector_id, link, figures::text, rank, origin, reason,
            status, note""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AwardCandidates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds candidates after the campaign's last one; a subject already there is left as it is. Returns the new ids. */
    List<Long> add(long committeeId, long campaignId, List<Candidate.Draft> drafts, String by) {
        int next = jdbc.sql("select coalesce(max(rank), 0) from award_candidate where campaign_id = ?").param(campaignId)
                .query(Integer.class).single();
        List<Long> added = new java.util.ArrayList<>();
        for (Candidate.Draft d : drafts) {
            jdbc.sql("""
                    insert into award_candidate (committee_id, campaign_id, subject_key, title, member_ids, source_type, source_id,
                                                 sector_id, link, figures, rank, origin, reason, created_by)
                    values (?, ?, ?, ?, ?::bigint[], ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                    on conflict (campaign_id, subject_key) where subject_key is not null do nothing
                    returning id""")
                    .params(committeeId, campaignId, d.subjectKey(), d.title(), d.memberIds().toArray(Long[]::new),
                            d.source() == null ? null : d.source().type().name(), d.source() == null ? null : d.source().id(),
                            d.sectorId(), d.link(), json.writeValueAsString(d.figures()), ++next, d.origin().name(), d.reason(), by)
                    .query(Long.class).optional().ifPresent(added::add);
        }
        return added;
    }

    List<Candidate> of(long committeeId, long campaignId) {
        return jdbc.sql("select " + COLUMNS + " from award_candidate where committee_id = ? and campaign_id = ? order by rank, id")
                .params(committeeId, campaignId).query(this::row).list();
    }

    Optional<Candidate> find(long committeeId, long campaignId, long id) {
        return jdbc.sql("select " + COLUMNS + " from award_candidate where committee_id = ? and campaign_id = ? and id = ?")
                .params(committeeId, campaignId, id).query(this::row).optional();
    }

    void review(long id, Candidate.Status status, String note) {
        jdbc.sql("update award_candidate set status = ?, note = coalesce(?, note) where id = ?").params(status.name(), note, id).update();
    }

    /** The decision: the chosen ones win, every other candidate not removed goes back to 候选. */
    void decide(long campaignId, Collection<Long> winners) {
        Long[] ids = winners.toArray(Long[]::new);
        jdbc.sql("""
                update award_candidate set status = case when id = any(?::bigint[]) then 'WINNER'
                                                         when status = 'REMOVED' then 'REMOVED' else 'PROPOSED' end
                 where campaign_id = ?""").params(ids, campaignId).update();
    }

    private Candidate row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("source_type");
        List<Long> members = Arrays.stream((Long[]) rs.getArray("member_ids").getArray()).toList();
        Map<String, String> figures = json.readValue(rs.getString("figures"), FIGURES);
        return new Candidate(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("title"), members, List.of(),
                type == null ? null : SubjectRef.of(SubjectType.valueOf(type), rs.getLong("source_id")),
                rs.getObject("sector_id", Long.class), rs.getString("link"), figures, rs.getInt("rank"),
                Candidate.Origin.valueOf(rs.getString("origin")), rs.getString("reason"), Candidate.Status.valueOf(rs.getString("status")),
                rs.getString("note"));
    }
}
