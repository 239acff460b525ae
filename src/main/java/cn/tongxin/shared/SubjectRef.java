package cn.tongxin.shared;

/** One record of a subject type: what events, the timeline and the handling engine point at. */
public record SubjectRef(SubjectType type, long id) {

    public static SubjectRef of(SubjectType type, long id) {
        return new SubjectRef(type, id);
    }
}
