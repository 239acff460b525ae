package cn.tongxin.participation;

import java.util.List;

/**
 * What a citizen sends from a public page, as the pipeline sees it.
 *
 * @param address      the client's network address (behind a proxy, the forwarded one: TONGXIN_FORWARD_HEADERS)
 * @param phone        the phone the citizen gave, or null where none is asked
 * @param preModerated whether the item written to holds public writes for a moderator (its own setting)
 * @param texts        each free text with its label; the committee's length limit applies unless a text names its own
 */
public record PublicWrite(long committeeId, String address, String phone, String captchaId, String captchaAnswer,
                          boolean preModerated, List<Text> texts) {

    /** One free text of the form; {@code maxChars} 0 means the committee's limit. */
    public record Text(String field, String label, String value, int maxChars) {

        public static Text of(String field, String label, String value) {
            return new Text(field, label, value, 0);
        }
    }
}
