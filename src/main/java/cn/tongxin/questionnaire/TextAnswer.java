package cn.tongxin.questionnaire;

import java.time.Instant;

/** A text given to a question (a text question's answer, or the text of "其他"), with the answer it belongs to. */
public record TextAnswer(long responseId, String text, Instant submittedAt) {
}
