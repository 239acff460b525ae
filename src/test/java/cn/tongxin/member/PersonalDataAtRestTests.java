package cn.tongxin.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.member.internal.MobileSealing;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 个人信息保护: members' mobile numbers sealed with SM4, found through the blind index, masked by role. */
@IntegrationTest
class PersonalDataAtRestTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personal;
    @Autowired
    MobileSealing sealing;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long create(String name, String mobile) throws Exception {
        var created = api.post("staff", "/api/v1/members", "{\"name\":\"%s\",\"gender\":\"MALE\",\"mobile\":\"%s\"}"
                .formatted(name, mobile)).andExpect(status().isCreated());
        return ((Number) api.read(created, "$.id")).longValue();
    }

    @Test
    void theDatabaseHoldsTheMobileSealedWithSm4NeverInPlain() throws Exception {
        long id = create("密文委员", "13977770001");
        Map<String, Object> row = jdbc.sql("select mobile, mobile_index from member where id = ?").param(id).query().singleRow();
        assertThat((String) row.get("mobile")).startsWith(personal.currentPrefix()).doesNotContain("13977770001").doesNotContain("7770001");
        assertThat(row.get("mobile_index")).isEqualTo(personal.index("13977770001"));
        assertThat(jdbc.sql("select count(*) from member where mobile like '%13977770001%'").query(Long.class).single()).isZero();
    }

    @Test
    void aPlainRowFromBeforeIsSealedOnceAtStartUpAndKeepsItsNumber() {
        long committee = jdbc.sql("select id from committee where name = '示例市西山县政协'").query(Long.class).single();
        long id = jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, '旧明文委员', 'MALE', '13977770002') returning id")
                .param(committee).query(Long.class).single();
        assertThat(sealing.sealPending()).isGreaterThanOrEqualTo(1);
        String stored = jdbc.sql("select mobile from member where id = ?").param(id).query(String.class).single();
        assertThat(stored).startsWith(personal.currentPrefix()).doesNotContain("13977770002");
        assertThat(personal.reveal(stored)).isEqualTo("13977770002");
        assertThat(jdbc.sql("select count(*) from member where not starts_with(mobile, ?)").param(personal.currentPrefix())
                .query(Long.class).single()).as("no plain number left in the table").isZero();
        assertThat(sealing.sealPending()).as("once: nothing left the second time").isZero();
    }

    @Test
    void theExactMobileFindsTheMemberThroughTheBlindIndex() throws Exception {
        long id = create("检索委员", "13977770003");
        var found = api.get("staff", "/api/v1/members?name=13977770003").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        assertThat(((Number) api.read(found, "$.items[0].id")).longValue()).isEqualTo(id);
        api.get("staff", "/api/v1/members?name=1397777000").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aMobileAlreadyOnTheRollIsRefusedThoughNumbersAreSealed() throws Exception {
        create("唯一委员", "13977770004");
        api.post("staff", "/api/v1/members", "{\"name\":\"重复委员\",\"gender\":\"MALE\",\"mobile\":\"13977770004\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("该手机号已被其他委员使用"));
    }

    @Test
    void listsMaskTheMobileAndOnlyTheOfficeSeesItInFullOnTheMembersPage() throws Exception {
        long id = create("掩码委员", "13977770005");
        api.get("staff", "/api/v1/members?name=掩码委员").andExpect(jsonPath("$.items[0].mobile").value("139****0005"));
        api.get("leader", "/api/v1/members?name=掩码委员").andExpect(jsonPath("$.items[0].mobile").value("139****0005"));
        api.get("staff", "/api/v1/members/" + id).andExpect(jsonPath("$.mobile").value("13977770005"));
        api.get("admin", "/api/v1/members/" + id).andExpect(jsonPath("$.mobile").value("13977770005"));
        api.get("leader", "/api/v1/members/" + id).andExpect(jsonPath("$.mobile").value("139****0005"));
    }
}
