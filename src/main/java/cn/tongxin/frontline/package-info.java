/**
 * 一线协商: the register of grass-roots consultation points (towns, villages, communities) with their members, the
 * activities held there and the problems raised and solved there; the figures come out of these records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "一线协商")
package cn.tongxin.frontline;
