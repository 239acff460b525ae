package cn.tongxin.suggestion;

/** Who acts on a micro-suggestion: the member who made it, or staff. */
public enum SuggestionParty {
    MEMBER, STAFF
}
