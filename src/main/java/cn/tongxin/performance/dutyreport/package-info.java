/**
 * 年度履职报告 (述职): each member's annual report — the narrative written in the platform, the figures and lists from
 * the record — submitted, reviewed by staff, published to the committee, downloadable as .docx; standing members who
 * owe one are listed for staff.
 */
package cn.tongxin.performance.dutyreport;
