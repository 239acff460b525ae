package cn.tongxin.performance;

/**
 * What staff type for an entry no module records, or what a member claims: for whom (staff only; a claim is the
 * member's own), when it happened (yyyy-MM-dd), its kind ({@link ExtraKind} code), a title and a note. Kept as typed
 * so that a refused form shows it again; the use case checks it.
 */
public record ExtraEntryForm(String requestKey, Long memberId, String happenedOn, String kind, String title, String note) {

    public static ExtraEntryForm blank(String requestKey, Long memberId) {
        return new ExtraEntryForm(requestKey, memberId, null, null, null, null);
    }
}
