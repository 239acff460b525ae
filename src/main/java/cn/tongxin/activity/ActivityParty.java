package cn.tongxin.activity;

/** Who acts on an activity: the organising office, an invited member, any other member (列席), a linked unit, a leader. */
public enum ActivityParty {
    STAFF, INVITEE, MEMBER, UNIT, LEADER
}
