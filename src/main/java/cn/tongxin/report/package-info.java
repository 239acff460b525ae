/**
 * The annual account (年度工作报告数字): a committee's figures of a year, alone or with every committee below it, each
 * with its definition, last year's value and the change, and the records behind it; the year locked as published when
 * the work report is adopted; the report as a Word document from a template the committee can replace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "年度报告")
package cn.tongxin.report;
