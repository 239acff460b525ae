package cn.tongxin.performance.internal;

import cn.tongxin.shared.SubjectRef;

/** The page that opens a source record. */
public final class Links {

    private Links() {
    }

    public static String of(SubjectRef ref) {
        return switch (ref.type()) {
            case PROPOSAL -> "/proposals/" + ref.id();
            case MICRO_SUGGESTION -> "/suggestions/" + ref.id();
            case OPINION_REPORT -> "/opinions/" + ref.id();
            case OPINION_ITEM -> "/opinion-items/" + ref.id();
            case ACTIVITY -> "/activities/" + ref.id();
            case STUDIO_DEED -> "/participation/deeds/" + ref.id();
            case READING_NOTE -> "/reading/notes/" + ref.id();
            default -> null;
        };
    }

    public static String output(long activityId, long outputId) {
        return "/activities/" + activityId + "#output-" + outputId;
    }
}
