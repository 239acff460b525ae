package cn.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OfficialDatesTests {

    @Test
    void arabicNumeralsAreTheDefaultOfficialStyle() {
        assertThat(OfficialDates.format(LocalDate.of(2026, 11, 25), false)).isEqualTo("2026年11月25日");
        assertThat(OfficialDates.format(LocalDate.of(2026, 1, 5), false)).isEqualTo("2026年1月5日");
    }

    @Test
    void chineseNumeralsWriteTheYearDigitByDigitAndTheDayAsANumber() {
        assertThat(OfficialDates.format(LocalDate.of(2026, 11, 25), true)).isEqualTo("二〇二六年十一月二十五日");
        assertThat(OfficialDates.format(LocalDate.of(2030, 10, 10), true)).isEqualTo("二〇三〇年十月十日");
        assertThat(OfficialDates.format(LocalDate.of(2027, 1, 31), true)).isEqualTo("二〇二七年一月三十一日");
        assertThat(OfficialDates.format(LocalDate.of(2026, 12, 20), true)).isEqualTo("二〇二六年十二月二十日");
    }

    @Test
    void aChineseCharacterTakesTwoColumns() {
        assertThat(OfficeLayout.display("提案abc")).isEqualTo(7);
        assertThat(OfficeLayout.display("第一行\n更长的第二行")).isEqualTo(12);
    }
}
