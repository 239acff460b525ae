/**
 * Users, roles, login and lockout, password policy, API tokens, and the current user with their committee.
 */
@org.springframework.modulith.ApplicationModule(displayName = "账户")
package cn.tongxin.account;
