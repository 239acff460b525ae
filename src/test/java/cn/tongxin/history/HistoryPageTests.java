package cn.tongxin.history;

import static cn.tongxin.history.HistoryFiles.row;
import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The import page: templates to download, one upload per kind, the errors of a refused file, the imports done. */
@IntegrationTest
class HistoryPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String post(String user, String kind, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/history/imports/" + kind).file(HistoryFiles.file(xlsx)).session(login(mvc, user)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void staffSeeEveryErrorOfARefusedFileAndTheImportOfAGoodOne() throws Exception {
        long county = jdbc.sql("select committee_id from user_account where username = 'dc_staff'").query(Long.class).single();
        jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, '页面史委员', 'FEMALE', '13600001234')").param(county).update();

        String refused = post("dc_staff", "activities", HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(
                row("页面导入的活动", "茶话会", "2012-05-01", null, null, null, "页面史委员", null, "不在名册的人"))));
        assertThat(refused).contains("导入失败：共2处错误，未导入任何数据")
                .contains("第2行【活动类型】“茶话会”无效").contains("第2行【缺席委员】“不在名册的人”不是本会委员名册中的委员");

        String page = post("dc_staff", "activities", HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(
                row("页面导入的活动", "视察", "2012-05-01", null, null, null, "页面史委员", null, null))));
        assertThat(page).contains("导入成功").contains("历史履职活动").contains("2012");
        assertThat(mvc.perform(get("/history").session(login(mvc, "dc_staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("下载历史提案导入模板").contains("历史履职活动").contains("dc_staff");
    }

    @Test
    void membersAndUnitsDoNotOpenTheImportPage() throws Exception {
        mvc.perform(get("/history").session(login(mvc, "dc_member"))).andExpect(status().isForbidden());
        mvc.perform(get("/history/templates/proposals").session(login(mvc, "dc_unit"))).andExpect(status().isForbidden());
    }
}
