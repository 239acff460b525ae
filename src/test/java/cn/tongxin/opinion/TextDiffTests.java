package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void showsWhatEditingRemovedAndAdded() {
        var diff = TextDiff.diff("群众反映强烈，建议规范收费。", "群众反映较为强烈，建议规范末端收费。");
        assertThat(diff).extracting(TextDiff.Segment::kind)
                .contains(TextDiff.Kind.SAME, TextDiff.Kind.ADDED);
        String added = String.join("", diff.stream().filter(TextDiff.Segment::added).map(TextDiff.Segment::text).toList());
        String removed = String.join("", diff.stream().filter(TextDiff.Segment::removed).map(TextDiff.Segment::text).toList());
        assertThat(added).isEqualTo("较为末端");
        assertThat(removed).isEmpty();
        String rebuilt = String.join("", diff.stream().filter(s -> !s.removed()).map(TextDiff.Segment::text).toList());
        assertThat(rebuilt).isEqualTo("群众反映较为强烈，建议规范末端收费。");
    }

    @Test
    void showsRemovedText() {
        var diff = TextDiff.diff("建议尽快规范收费", "建议规范收费");
        assertThat(diff).containsExactly(new TextDiff.Segment(TextDiff.Kind.SAME, "建议"),
                new TextDiff.Segment(TextDiff.Kind.REMOVED, "尽快"), new TextDiff.Segment(TextDiff.Kind.SAME, "规范收费"));
    }

    @Test
    void unchangedTextIsOneSegment() {
        assertThat(TextDiff.diff("原文", "原文")).containsExactly(new TextDiff.Segment(TextDiff.Kind.SAME, "原文"));
    }
}
