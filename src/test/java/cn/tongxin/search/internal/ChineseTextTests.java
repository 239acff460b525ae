package cn.tongxin.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTests {

    private final ChineseText text = ChineseText.shared();

    @Test
    void glossaryTermsStayWhole() {
        assertThat(text.words("委员通过微建议反映社情民意，在委员工作室开展一线协商")).contains("微建议", "社情民意", "委员工作室", "一线协商");
    }

    @Test
    void stopWordsAreLeftOut() {
        assertThat(text.words("关于进一步加强养老服务的建议")).contains("养老", "服务").doesNotContain("关于", "进一步", "的", "建议");
    }

    @Test
    void lettersAndDigitsAreWordsOfTheirOwnInLowerCaseWhateverTheirWidth() {
        assertThat(text.words("推广ＡＩ辅助诊疗和5G基站")).contains("ai", "5g").doesNotContain("a", "i");
    }

    @Test
    void punctuationAndMarkupOnlySeparate() {
        assertThat(ChineseText.grams("<b>蓝鲸</b>，保护！")).containsExactly("b", "蓝鲸", "保护");
    }

    @Test
    void bigramsCoverEveryTwoAdjacentHanCharacters() {
        assertThat(ChineseText.bigrams("养老服务")).containsExactly("养老", "老服", "服务");
        assertThat(ChineseText.bigrams("水")).isEmpty();
    }
}
