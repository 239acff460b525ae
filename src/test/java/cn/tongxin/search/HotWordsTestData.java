package cn.tongxin.search;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import cn.tongxin.support.Api;

/** Proposals of this year whose words (无人机, 巡河) are hot: used by the hot-word tests, the API's and the browser's. */
public final class HotWordsTestData {

    private HotWordsTestData() {
    }

    public static void proposals(Api api, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            var created = api.post("member", "/api/v1/proposals", """
                    {"requestKey":"%s","title":"关于推广无人机巡河的建议","body":"用无人机巡河，发现河道乱象。","category":"ECOLOGY"}"""
                    .formatted(UUID.randomUUID())).andExpect(status().isCreated());
            long id = ((Number) api.read(created, "$.proposal.id")).longValue();
            api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        }
    }
}
