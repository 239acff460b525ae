package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 无党派人士 as a source of opinion reports: a report in a non-party unit's name counts under its own source. */
@IntegrationTest
class NonPartySourceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aReportInTheNameOfNonPartyPeopleCountsUnderThatSource() throws Exception {
        long nonParty = unit("NON_PARTY");
        long party = unit("PARTY");
        long nonPartyBefore = bySource(OpinionSource.NON_PARTY);
        long partiesBefore = bySource(OpinionSource.PARTY_GROUP);
        long id = submit(nonParty);
        submit(party);
        assertThat(jdbc.sql("select source from opinion_report where id = ?").param(id).query(String.class).single())
                .isEqualTo(OpinionSource.NON_PARTY.name());
        assertThat(bySource(OpinionSource.NON_PARTY)).isEqualTo(nonPartyBefore + 1);
        assertThat(bySource(OpinionSource.PARTY_GROUP)).isEqualTo(partiesBefore + 1);
    }

    @Test
    void aUnitThatIsNoPartyGroupOrNonPartyIsRefused() throws Exception {
        long sector = unit("SECTOR");
        api.post("staff", "/api/v1/opinions", body(sector)).andExpect(status().isUnprocessableContent());
    }

    private long submit(long unit) throws Exception {
        var r = api.post("staff", "/api/v1/opinions", body(unit)).andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    private static String body(long unit) {
        return """
                {"requestKey":"%s","title":"以无党派人士名义报送","body":"情况与建议","category":"SOCIETY","sourceUnitId":%d}"""
                .formatted(UUID.randomUUID(), unit);
    }

    private long bySource(OpinionSource source) throws Exception {
        Map<String, Object> map = api.read(api.get("staff", "/api/v1/opinions/statistics?year=" + year).andExpect(status().isOk()), "$.bySource");
        return ((Number) map.getOrDefault(source.label(), 0)).longValue();
    }

    private long unit(String kind) {
        return jdbc.sql("""
                select u.id from org_unit u join user_account a on a.committee_id = u.committee_id and a.username = 'staff'
                 where u.kind = ? and u.active order by u.id limit 1""").param(kind).query(Long.class).single();
    }
}
