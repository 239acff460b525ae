package cn.tongxin.suggestion;

/** What staff turn a micro-suggestion into: a proposal draft the member completes, or an opinion report. */
public enum SuggestionConversion {
    PROPOSAL, OPINION
}
