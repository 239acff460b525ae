package cn.tongxin.deliberation;

/** Who acts on a topic: the committee's office, a member (logged in), a citizen on the portal. */
public enum TopicParty {
    STAFF, MEMBER, CITIZEN
}
