package cn.tongxin.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.tongxin.search.SimilarProposals;

/** The threshold the panel uses keeps its promise on the labelled set: what is shown is similar at least 8 times in 10. */
class SimilarityThresholdTests {

    @Test
    void atTheChosenThresholdPrecisionIsAtLeastEightInTen() throws Exception {
        LabelledPairs set = LabelledPairs.load();
        assertThat(set.pairs()).hasSizeGreaterThanOrEqualTo(200);
        var scored = set.scored();
        LabelledPairs.Measure m = LabelledPairs.measure(scored, SimilarProposals.THRESHOLD);
        assertThat(m.precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(m.recall()).as("and it still finds most similar pairs").isGreaterThanOrEqualTo(0.5);
        LabelledPairs.Measure hand = LabelledPairs.measure(scored.stream().filter(s -> s.pair().kind().equals("hand")).toList(),
                SimilarProposals.THRESHOLD);
        assertThat(hand.precision()).as("also on the harder hand-written pairs").isGreaterThanOrEqualTo(0.8);
    }
}
