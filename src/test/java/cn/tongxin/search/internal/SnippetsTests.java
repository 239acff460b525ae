package cn.tongxin.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void markupIsEscapedAndOnlyTheQueryIsMarked() {
        assertThat(Snippets.mark("<img src=x onerror=alert(1)>蓝鲸&保护", List.of("蓝鲸")))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt;<mark>蓝鲸</mark>&amp;保护");
    }

    @Test
    void anExcerptStartsNearTheFirstHit() {
        String text = "开头".repeat(100) + "关键词在这里" + "结尾".repeat(100);
        String excerpt = Snippets.excerpt(text, List.of("关键词"));
        assertThat(excerpt).startsWith("…").endsWith("…").contains("<mark>关键词</mark>");
        assertThat(excerpt.length()).isLessThan(200);
    }

    @Test
    void latinLettersAreMarkedWhateverTheirCaseOrWidth() {
        assertThat(Snippets.mark("推广ＡＩ与Ai", List.of("ai"))).isEqualTo("推广<mark>ＡＩ</mark>与<mark>Ai</mark>");
    }
}
