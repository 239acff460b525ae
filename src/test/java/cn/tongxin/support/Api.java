package cn.tongxin.support;


import java.util.HashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Calls the API as a demo user, with a token issued through the real token page (one per user and test class). */
public final class Api {

    private final MockMvc mvc;
    private final Map<String, String> tokens = new HashMap<>();

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions post(String user, String path, String json) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token(user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    public ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions delete(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path)
                .header("Authorization", "Bearer " + token(user)));
    }

    public ResultActions get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .header("Authorization", "Bearer " + token(user)));
    }

    public <T> T read(ResultActions result, String jsonPath) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), jsonPath);
    }

    public String token(String user) throws Exception {
        return tokens.computeIfAbsent(user, u -> {
            try {
                return Logins.apiToken(mvc, u);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

}
