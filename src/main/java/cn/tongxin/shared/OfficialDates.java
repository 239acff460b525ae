package cn.tongxin.shared;

import java.time.LocalDate;

/**
 * Dates as official documents write them: {@code 2026年11月25日} (GB/T 9704-2012, Arabic numerals) or, where a committee
 * keeps the older style, {@code 二〇二六年十一月二十五日} — the year digit by digit with 〇, month and day as numbers
 * (十一, 二十五).
 */
public final class OfficialDates {

    private static final String DIGITS = "〇一二三四五六七八九";

    private OfficialDates() {
    }

    public static String format(LocalDate date, boolean chineseNumerals) {
        if (!chineseNumerals) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    /** 1–31 as written in dates: 一 … 十, 十一 … 十九, 二十, 二十一 … 三十一. */
    static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
