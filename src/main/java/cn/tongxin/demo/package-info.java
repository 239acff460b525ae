/**
 * First start: loads the demo committees, members and accounts, or opens the initial administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "初始数据")
package cn.tongxin.demo;
