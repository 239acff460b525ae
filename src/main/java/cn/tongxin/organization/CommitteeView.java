package cn.tongxin.organization;

/** A committee as pages and the API show it. */
public record CommitteeView(long id, String name, Level level, Long parentId, String parentName, String region,
                            int version) {
}
