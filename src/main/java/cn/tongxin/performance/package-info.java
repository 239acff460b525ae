/**
 * Member performance (履职档案): each member's record built from the facts other modules publish, points by the
 * committee's rule set of the year (rules as data), grades, flags for staff, staff-added entries and claims, 述职 and
 * awards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "履职档案")
package cn.tongxin.performance;
