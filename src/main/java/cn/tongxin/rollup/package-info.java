/**
 * System statistics (全市政协系统): a committee's headline figures summed over itself and every committee below it,
 * with one row per committee, from the modules' own definitions; kept per committee × year × figure and refreshed
 * when the modules' events say a committee changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "系统统计")
package cn.tongxin.rollup;
