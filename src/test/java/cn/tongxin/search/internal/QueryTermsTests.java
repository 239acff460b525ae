package cn.tongxin.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.BusinessException;

class QueryTermsTests {

    private final ChineseText text = ChineseText.shared();

    @Test
    void aLoneHanCharacterIsRefusedNamingQ() {
        assertThatThrownBy(() -> QueryTerms.parse("水", text)).isInstanceOf(BusinessException.class).hasMessageContaining("“q”");
        assertThatThrownBy(() -> QueryTerms.parse("  ，。 ", text)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> QueryTerms.parse(null, text)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aLoneCharacterBesideAWordIsLeftOut() {
        assertThat(QueryTerms.parse("水 污染", text).required()).containsExactly("污染");
    }

    @Test
    void everyBigramAndAsciiWordIsRequired() {
        QueryTerms q = QueryTerms.parse("养老服务 5G", text);
        assertThat(q.required()).containsExactly("养老", "老服", "服务", "5g");
        assertThat(q.requiredQuery()).isEqualTo("'养老' & '老服' & '服务' & '5g'");
        assertThat(q.marks()).containsExactly("养老服务", "5g");
    }

    @Test
    void quotesInAQueryCannotBreakTheTsquery() {
        assertThat(QueryTerms.join(java.util.Set.of("a'b"), " & ")).isEqualTo("'a''b'");
    }
}
