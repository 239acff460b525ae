package cn.tongxin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.tongxin.privacy.internal.PersonalDataKeys;

class PersonalDataTests {

    private static final String K1 = "00112233445566778899aabbccddeeff";
    private static final String K2 = "ffeeddccbbaa99887766554433221100";
    private static final String INDEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static PersonalData with(String keys) {
        return new PersonalData(new PersonalDataKeys(keys, INDEX, false, false));
    }

    @Test
    void aSealedNumberNamesItsKeyHidesTheNumberAndOpensAgain() {
        PersonalData data = with("k1:" + K1);
        String sealed = data.encrypt("13812340000");
        assertThat(sealed).startsWith("sm4:k1:").doesNotContain("13812340000").doesNotContain("1234");
        assertThat(data.reveal(sealed)).isEqualTo("13812340000");
        assertThat(data.encrypt("13812340000")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void theBlindIndexIsTheSameForTheSameNumberAndDiffersOtherwise() {
        PersonalData data = with("k1:" + K1);
        assertThat(data.index("13812340000")).hasSize(64).isEqualTo(data.index(" 13812340000 "))
                .isNotEqualTo(data.index("13812340001"));
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String old = with("k1:" + K1).encrypt("13900001111");
        PersonalData rotated = with("k2:" + K2 + ",k1:" + K1);
        assertThat(rotated.reveal(old)).isEqualTo("13900001111");
        assertThat(rotated.encrypt("13900001111")).startsWith(rotated.currentPrefix()).startsWith("sm4:k2:");
        assertThatThrownBy(() -> with("k2:" + K2).reveal(old)).hasMessageContaining("k1");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        PersonalData data = with("k1:" + K1);
        String sealed = data.encrypt("13812340000");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> data.reveal(tampered)).hasMessageContaining("校验失败");
    }

    @Test
    void withoutKeysThePlatformRefusesToStartOutsideTheDemo() {
        assertThatThrownBy(() -> new PersonalDataKeys("", "", false, false)).hasMessageContaining("TONGXIN_PRIVACY_KEYS");
        assertThat(new PersonalData(new PersonalDataKeys("", "", true, false)).currentPrefix()).isEqualTo("sm4:dev:");
        assertThatThrownBy(() -> new PersonalDataKeys("k1:abc", INDEX, false, false)).hasMessageContaining("格式");
    }

    @Test
    void listsShowAMaskedMobile() {
        assertThat(PersonalData.maskMobile("13800000000")).isEqualTo("138****0000");
        assertThat(PersonalData.maskMobile("123")).isEqualTo("****");
    }

    @Test
    void listsShowAMaskedEmailAndAnAddressIsFoundWhateverItsCase() {
        assertThat(PersonalData.maskEmail("zhang.san@example.cn")).isEqualTo("z***@example.cn");
        assertThat(PersonalData.maskEmail("nonsense")).isEqualTo("***");
        PersonalData data = with("k1:" + K1);
        assertThat(data.emailIndex("Zhang.San@Example.CN")).isEqualTo(data.emailIndex("zhang.san@example.cn"))
                .isNotEqualTo(data.emailIndex("zhang.si@example.cn"));
        var sealed = data.sealEmail("Zhang.San@Example.CN");
        assertThat(data.reveal(sealed.value())).as("sealed as given").isEqualTo("Zhang.San@Example.CN");
        assertThat(sealed.index()).isEqualTo(data.emailIndex("zhang.san@example.cn"));
    }

    @Test
    void aPlainLegacyValueIsReturnedAsItIs() {
        assertThat(with("k1:" + K1).reveal("13800000000")).isEqualTo("13800000000");
    }
}
