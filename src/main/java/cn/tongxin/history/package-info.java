/**
 * History brought in (历史数据导入): a committee's past proposals, public-opinion reports and activities imported from
 * .xlsx with their real dates — all rows or none, errors by row and column — written by each module as its own
 * records, flagged imported and read-only, and announced so that statistics and performance records count them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "历史数据导入")
package cn.tongxin.history;
