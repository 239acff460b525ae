package cn.tongxin.shared;

import java.time.LocalDate;

/**
 * One record behind a figure, as a drill-down lists it: its number (or other short reference), title, the date it is
 * counted by, its status in Chinese, and the page that opens it.
 */
public record CountedRecord(String number, String title, LocalDate date, String status, String link) {
}
