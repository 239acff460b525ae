package cn.tongxin.member;

public enum MemberStatus {
    ACTIVE("在任"), LEFT("离任");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<MemberStatus> fromLabel(String label) {
        for (MemberStatus s : values()) {
            if (s.label.equals(label) || s.name().equalsIgnoreCase(label)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
