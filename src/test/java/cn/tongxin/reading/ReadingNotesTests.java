package cn.tongxin.reading;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;
import cn.tongxin.web.StatementCounter;

/** 打卡: likes as a state, post-moderated comments with placeholders, keyset paging, bad input, and what a note feeds. */
@IntegrationTest
class ReadingNotesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    Api api;
    ReadingFixtures fixtures;

    @BeforeEach
    void api() {
        api = new Api(mvc);
        fixtures = new ReadingFixtures(api, jdbc, clock);
    }

    @Test
    void aLikeIsOnePerReaderHoweverOftenItIsSent() throws Exception {
        long group = fixtures.group();
        long note = fixtures.note("member", group, "平凡的世界", "孙少平的奋斗");
        String like = "/api/v1/reading/notes/" + note + "/like";
        api.put("member2", like, "{}").andExpect(jsonPath("$.likes").value(1)).andExpect(jsonPath("$.liked").value(true));
        api.put("member2", like, "{}").andExpect(jsonPath("$.likes").value(1));
        api.put("leader", like, "{}").andExpect(jsonPath("$.likes").value(2));
        api.delete("member2", like).andExpect(jsonPath("$.likes").value(1)).andExpect(jsonPath("$.liked").value(false));
        api.delete("member2", like).andExpect(jsonPath("$.likes").value(1));
        // the page's form sets the state it shows: a double submit is still one like
        var session = login(mvc, "member2");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/reading/notes/" + note + "/like").param("liked", "true").header("HX-Request", "true").session(session).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("已赞 2")));
        }
        api.get("member", "/api/v1/reading/groups/" + group + "/notes").andExpect(jsonPath("$.notes[0].likes").value(2))
                .andExpect(jsonPath("$.notes[0].liked").value(false));
        assertThat(jdbc.sql("select count(*) from reading_like where note_id = ?").param(note).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aHiddenCommentKeepsAPlaceholderWithTheReasonAndCanBeShownAgain() throws Exception {
        long group = fixtures.group();
        long note = fixtures.note("member", group, "围城", "城里的人想出去");
        String script = "<script>alert('x')</script>写得真好";
        long comment = ((Number) api.read(api.post("member2", "/api/v1/reading/notes/" + note + "/comments", """
                {"text":"%s"}""".formatted(script.replace("'", "\\u0027"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.held").value(false)), "$.id")).longValue();
        api.get("member", "/api/v1/reading/groups/" + group + "/notes").andExpect(jsonPath("$.notes[0].comments").value(1));
        var page = login(mvc, "member");
        mvc.perform(get("/reading/notes/" + note).session(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        api.post("member", "/api/v1/reading/comments/" + comment + "/hide", "{\"reason\":\"无关\"}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/reading/comments/" + comment + "/hide", "{\"reason\":\"\"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写隐藏的理由")));
        api.post("staff", "/api/v1/reading/comments/" + comment + "/hide", "{\"reason\":\"与读书无关\"}").andExpect(status().isOk());
        api.get("member", "/api/v1/reading/notes/" + note).andExpect(jsonPath("$.comments[0].text").doesNotExist())
                .andExpect(jsonPath("$.comments[0].placeholder").value("该评论已被隐藏（与读书无关）"));
        api.get("staff", "/api/v1/reading/notes/" + note).andExpect(jsonPath("$.comments[0].text").value(script))
                .andExpect(jsonPath("$.comments[0].tag").value("已隐藏：与读书无关"));
        api.get("member", "/api/v1/reading/groups/" + group + "/notes").andExpect(jsonPath("$.notes[0].comments").value(0));
        mvc.perform(get("/reading/notes/" + note).session(page)).andExpect(content().string(containsString("该评论已被隐藏（与读书无关）")));
        // the queue holds the decision: the same comment is undone from there or here
        assertThat(jdbc.sql("select status from moderation_item where subject_type = ? and subject_id = ?")
                .params(SubjectType.READING_COMMENT.name(), comment).query(String.class).single()).isEqualTo("HIDDEN");
        api.post("staff", "/api/v1/reading/comments/" + comment + "/undo", null).andExpect(status().isOk());
        api.get("member", "/api/v1/reading/notes/" + note).andExpect(jsonPath("$.comments[0].text").value(script));
    }

    @Test
    void pagesOfNotesFollowTheKeysetAndNeitherRepeatNorSkip() throws Exception {
        long group = fixtures.group("member2");
        for (int i = 0; i < 3; i++) {
            fixtures.note(i % 2 == 0 ? "member" : "member2", group, "书" + i, "感悟" + i);
        }
        // 40 more typed at the same instant: the id breaks the ties
        jdbc.sql("""
                insert into reading_note (committee_id, group_id, member_id, author_name, book, text, read_on, status, created_by, created_at)
                select g.committee_id, g.id, ?, '委员', '同时的书' || s, '同时' || s, current_date, 'PUBLISHED', 'test', now() - interval '1 hour'
                  from reading_group g, generate_series(1, 40) s where g.id = ?""").params(fixtures.memberId("member"), group).update();
        List<Long> expected = jdbc.sql("select id from reading_note where group_id = ? and status = 'PUBLISHED' order by created_at desc, id desc")
                .param(group).query(Long.class).list();
        List<Long> walked = new ArrayList<>();
        String before = null;
        for (int pages = 0; pages < 10; pages++) {
            var r = api.get("member2", "/api/v1/reading/groups/" + group + "/notes?size=7" + (before == null ? "" : "&before=" + before))
                    .andExpect(status().isOk());
            List<Number> ids = api.read(r, "$.notes[*].id");
            ids.forEach(id -> walked.add(id.longValue()));
            before = api.read(r, "$.next");
            if (before == null) {
                break;
            }
        }
        assertThat(walked).hasSize(43).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        // a member's notes page the same way
        List<Number> mine = api.read(api.get("member2", "/api/v1/reading/members/" + fixtures.memberId("member2") + "/notes?size=50"),
                "$.feed.notes[*].id");
        assertThat(mine).isNotEmpty();
        api.get("member", "/api/v1/reading/groups/" + group + "/notes?before=abc").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("翻页参数")));
    }

    @Test
    void aGroupPageMakesTheSameStatementsForOneNoteAsForAFullPage() throws Exception {
        long group = fixtures.group("member2");
        fixtures.note("member", group, "一本", "一篇");
        var session = login(mvc, "member2");
        List<String> one = fewest(() -> mvc.perform(get("/reading/groups/" + group).session(session)).andExpect(status().isOk()));
        jdbc.sql("""
                insert into reading_note (committee_id, group_id, member_id, author_name, book, text, read_on, status, created_by, photo_id)
                select g.committee_id, g.id, ?, '委员', '书' || s, '感悟' || s, current_date, 'PUBLISHED', 'test', null
                  from reading_group g, generate_series(1, 30) s where g.id = ?""").params(fixtures.memberId("member2"), group).update();
        List<String> full = fewest(() -> mvc.perform(get("/reading/groups/" + group).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("更早的打卡"))));
        assertThat(full).as(String.join("\n", full)).hasSameSizeAs(one).hasSizeLessThanOrEqualTo(12);
    }

    /** The fewest statements of three requests (what is kept per committee may be reloaded between two). */
    private static List<String> fewest(java.util.concurrent.Callable<?> request) throws Exception {
        request.call();
        List<String> fewest = null;
        for (int i = 0; i < 3; i++) {
            List<String> counted = StatementCounter.count(request);
            if (fewest == null || counted.size() < fewest.size()) {
                fewest = counted;
            }
        }
        return fewest;
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
        long group = fixtures.group();
        long other = fixtures.group();
        long foreignTheme = ((Number) api.read(api.post("staff", "/api/v1/reading/groups/" + other + "/themes", """
                {"title":"别群专题","startsOn":"%s","endsOn":"%s"}""".formatted(fixtures.today(), fixtures.today())), "$.id")).longValue();
        long before = jdbc.sql("select count(*) from reading_note where group_id = ?").param(group).query(Long.class).single();
        String notes = "/api/v1/reading/groups/" + group + "/notes";
        api.post("member", notes, "{\"book\":\"\",\"text\":\" \"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写所读的书"))).andExpect(content().string(containsString("请填写读书感悟")))
                .andExpect(content().string(containsString("请填写阅读日期")));
        api.post("member", notes, """
                {"book":"书","text":"感悟","readOn":"%s","themeId":%d}""".formatted(fixtures.today().plusDays(1), foreignTheme))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("阅读日期不能晚于今天")))
                .andExpect(content().string(containsString("所选专题不是本读书群的专题")));
        api.post("member", notes, """
                {"book":"书","text":"%s","readOn":"%s"}""".formatted("长".repeat(5001), fixtures.today()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("读书感悟不能超过5000字")));
        mvc.perform(multipart(notes).file(new MockMultipartFile("photo", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("book", "书").param("text", "感悟").param("readOn", fixtures.today().toString())
                        .header("Authorization", "Bearer " + api.token("member")))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("照片须为 PNG 或 JPEG 图片")));
        api.post("staff", "/api/v1/reading/groups/" + group + "/themes", """
                {"title":"","startsOn":"%s","endsOn":"%s"}""".formatted(fixtures.today(), fixtures.today().minusDays(1)))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请填写专题名称")))
                .andExpect(content().string(containsString("结束日期须不早于开始日期")));
        assertThat(jdbc.sql("select count(*) from reading_note where group_id = ?").param(group).query(Long.class).single()).isEqualTo(before);
        long note = fixtures.note("member", group, "书", "感悟");
        api.post("member2", "/api/v1/reading/notes/" + note + "/comments", "{\"text\":\"  \"}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写评论内容")));
        api.get("staff", "/api/v1/reading/statistics?year=1800").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("年度须在2000至2100之间")));
    }

    @Test
    void aNoteWithAPhotoSentTwiceIsOneNoteAndItsPhotoIsServed() throws Exception {
        long group = fixtures.group();
        String key = UUID.randomUUID().toString();
        var session = login(mvc, "member");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            locations.add(mvc.perform(multipart("/reading/groups/" + group + "/notes").file(new MockMultipartFile("photo", "读书会.png", "image/png", PNG))
                            .param("requestKey", key).param("book", "《红楼梦》").param("text", "第一回读罢。").param("readOn", fixtures.today().toString())
                            .session(session).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(locations.get(1)).isEqualTo(locations.getFirst()).startsWith("/reading/notes/");
        long note = Long.parseLong(locations.getFirst().substring("/reading/notes/".length()));
        assertThat(jdbc.sql("select count(*) from reading_note where group_id = ?").param(group).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select book from reading_note where id = ?").param(note).query(String.class).single()).isEqualTo("红楼梦");
        api.get("member2", "/api/v1/reading/notes/" + note + "/photo").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/reading/groups/" + group).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("读《红楼梦》"))).andExpect(content().string(containsString("打卡照片")));
    }

    @Test
    void aNoteCountsAsLearningInTheRecordAndTheAnnualAccountUntilItIsRemoved() throws Exception {
        long group = fixtures.group();
        int year = fixtures.today().minusDays(1).getYear();
        long note = fixtures.note("member", group, "习近平谈治国理政", "学习体会");
        Listeners.settled(jdbc, "performance");
        String entry = "select count(*) from performance_entry where member_id = ? and kind = 'READING_NOTE' and source_type = ? and source_id = ?";
        assertThat(jdbc.sql(entry).params(fixtures.memberId("member"), SubjectType.READING_NOTE.name(), note).query(Long.class).single())
                .isEqualTo(1);
        List<Number> annual = api.read(api.get("staff", "/api/v1/reports/annual?year=" + year), "$.people[?(@.code == 'READING:NOTES')].value");
        assertThat(annual).hasSize(1);
        List<String> links = api.read(api.get("staff", "/api/v1/reports/annual/records?size=200&year=" + year + "&figure=READING:NOTES"),
                "$.items[*].link");
        assertThat(links).contains("/reading/notes/" + note).hasSize(Math.min(200, annual.getFirst().intValue()));
        long counted = api.<Number>read(api.get("staff", "/api/v1/reading/statistics?year=" + year), "$.notes").longValue();
        api.post("member", "/api/v1/reading/notes/" + note + "/remove", "{}").andExpect(status().isOk());
        api.post("member", "/api/v1/reading/notes/" + note + "/remove", "{}").andExpect(status().isConflict());
        api.get("member2", "/api/v1/reading/notes/" + note).andExpect(status().isNotFound());
        api.put("member2", "/api/v1/reading/notes/" + note + "/like", "{}").andExpect(status().isConflict());
        Listeners.settled(jdbc, "performance");
        assertThat(jdbc.sql(entry).params(fixtures.memberId("member"), SubjectType.READING_NOTE.name(), note).query(Long.class).single())
                .isZero();
        assertThat(api.<Number>read(api.get("staff", "/api/v1/reading/statistics?year=" + year), "$.notes").longValue()).isEqualTo(counted - 1);
    }
}
