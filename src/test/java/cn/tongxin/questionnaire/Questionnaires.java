package cn.tongxin.questionnaire;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.tongxin.support.Api;

/** Builds questionnaires for the tests through the API, as the office does. */
final class Questionnaires {

    /** 参加过吗 → (if 参加过) 收获 (required) · 希望改进 (multiple, other) · 满意度 1–5 · 打分 (matrix). */
    static final String CONDITIONAL = """
            {"questions": [
              {"key": "q1", "kind": "SINGLE", "title": "是否参加过协商活动", "required": true, "options": ["参加过", "没参加过"]},
              {"key": "q2", "kind": "TEXT", "title": "最大的收获", "required": true, "showIf": {"question": "q1", "anyOf": ["参加过"]}},
              {"key": "q3", "kind": "MULTIPLE", "title": "希望改进", "required": true, "options": ["时间安排", "会前材料", "发言机会"], "other": true},
              {"key": "q4", "kind": "SCALE", "title": "总体满意度", "required": true, "min": 1, "max": 5},
              {"key": "q5", "kind": "MATRIX", "title": "分项打分", "required": true, "min": 1, "max": 5, "rows": ["组织", "材料"]}
            ]}""";

    private Questionnaires() {
    }

    static long draft(Api api, String user, String title, String audience, String identifyBy) throws Exception {
        String json = "{\"title\":\"" + title + "\",\"audience\":\"" + audience + "\""
                + (identifyBy == null ? "" : ",\"identifyBy\":\"" + identifyBy + "\"") + "}";
        var created = api.post(user, "/api/v1/questionnaires", json).andExpect(status().isCreated());
        return ((Number) api.read(created, "$.id")).longValue();
    }

    static ResultActions put(MockMvc mvc, Api api, String user, String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + api.token(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static ResultActions delete(MockMvc mvc, Api api, String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(path).header("Authorization", "Bearer " + api.token(user)));
    }

    static long open(MockMvc mvc, Api api, String title, String audience, String identifyBy, String questions) throws Exception {
        long id = draft(api, "staff", title, audience, identifyBy);
        put(mvc, api, "staff", "/api/v1/questionnaires/" + id + "/questions", questions).andExpect(status().isNoContent());
        api.post("staff", "/api/v1/questionnaires/" + id + "/publish", null).andExpect(status().isNoContent());
        return id;
    }
}
