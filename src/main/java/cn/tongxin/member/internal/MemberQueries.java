package cn.tongxin.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.member.Gender;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/** The member list: one count and one page query, filtered and always scoped by committee. */
@Component
class MemberQueries {

    private static final String SELECT = """
            select m.*, a.name as affiliation_name, s.name as sector_name, sc.name as special_committee_name,
                   st.name as studio_name, t.name as term_name
              from member m
              left join org_unit a on a.id = m.affiliation_id
              left join org_unit s on s.id = m.sector_id
              left join org_unit sc on sc.id = m.special_committee_id
              left join org_unit st on st.id = m.studio_id
              left join term t on t.id = m.term_id
            """;
    private static final String WHERE = """
             where m.committee_id = :committee
               and (cast(:name as text) is null or m.name like :name or m.mobile_index = :mobileIndex)
               and (cast(:sector as bigint) is null or m.sector_id = :sector)
               and (cast(:affiliation as bigint) is null or m.affiliation_id = :affiliation)
               and (cast(:special as bigint) is null or m.special_committee_id = :special)
               and (cast(:studio as bigint) is null or m.studio_id = :studio)
               and (cast(:standing as boolean) is null or m.standing = :standing)
               and (cast(:term as bigint) is null or m.term_id = :term)
               and (cast(:status as text) is null or m.status = :status)
            """;

    private final JdbcClient jdbc;
    private final PersonalData personal;

    MemberQueries(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    PageResult<MemberView> page(long committeeId, MemberCriteria c, PageQuery page) {
        long total = bind(jdbc.sql("select count(*) from member m" + WHERE), committeeId, c).query(Long.class).single();
        List<MemberView> items = bind(jdbc.sql(SELECT + WHERE + " order by m.id limit :limit offset :offset"), committeeId, c)
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every member matching the filters, for exports (a committee has a few thousand at most). */
    List<MemberView> all(long committeeId, MemberCriteria c) {
        return bind(jdbc.sql(SELECT + WHERE + " order by m.id limit 100000"), committeeId, c)
                .query(this::view).list();
    }

    java.util.Optional<MemberView> find(long committeeId, long id) {
        return jdbc.sql(SELECT + " where m.committee_id = :committee and m.id = :id")
                .param("committee", committeeId).param("id", id).query(this::view).optional();
    }

    List<MemberView> find(long committeeId, java.util.Collection<Long> ids) {
        return jdbc.sql(SELECT + " where m.committee_id = :committee and m.id in (:ids) order by m.id")
                .param("committee", committeeId).param("ids", java.util.Set.copyOf(ids)).query(this::view).list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long committeeId, MemberCriteria c) {
        return spec.param("committee", committeeId)
                .param("name", Text.likePattern(c.name()))
                // the name box also finds a member by the exact mobile number, through its blind index
                .param("mobileIndex", c.name() != null && MemberRules.checkMobile(c.name()) == null ? personal.index(c.name().strip()) : null)
                .param("sector", c.sectorId())
                .param("affiliation", c.affiliationId())
                .param("special", c.specialCommitteeId())
                .param("studio", c.studioId())
                .param("standing", c.standing())
                .param("term", c.termId())
                .param("status", c.status() == null ? null : c.status().name());
    }

    MemberView view(ResultSet rs, int n) throws SQLException {
        return new MemberView(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getString("ethnicity"), rs.getObject("birth_date", LocalDate.class),
                (Long) rs.getObject("affiliation_id"), rs.getString("affiliation_name"),
                (Long) rs.getObject("sector_id"), rs.getString("sector_name"),
                (Long) rs.getObject("special_committee_id"), rs.getString("special_committee_name"),
                (Long) rs.getObject("studio_id"), rs.getString("studio_name"),
                rs.getString("employer_title"), personal.reveal(rs.getString("mobile")), rs.getBoolean("standing"),
                (Long) rs.getObject("term_id"), rs.getString("term_name"),
                MemberStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
