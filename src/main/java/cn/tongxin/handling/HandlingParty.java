package cn.tongxin.handling;

/** Who acts in the handling flow: the unit on its own assignment, staff overseeing, the members who rate. */
public enum HandlingParty {
    UNIT, STAFF, RATER
}
