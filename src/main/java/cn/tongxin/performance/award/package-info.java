/**
 * 评选: award campaigns per year and kind (优秀委员, 优秀提案 …) with candidates proposed from the records and their
 * figures, nominations by hand, review, decision within the quota and publication; winners enter the record.
 */
package cn.tongxin.performance.award;
