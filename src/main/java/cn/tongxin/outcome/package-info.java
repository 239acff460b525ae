/**
 * Outcomes of any output (an edited public-opinion item, later research reports and speeches): adoptions by level and
 * leaders' instructions. The output's module decides who may see them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "成果")
package cn.tongxin.outcome;
