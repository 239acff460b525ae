package cn.tongxin.news;

import java.time.LocalDate;

/** What the office writes for a news article; {@code summary} may be left blank (the text's beginning is used). */
public record NewsForm(String title, String summary, String body, LocalDate happenedOn) {
}
