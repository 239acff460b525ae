/**
 * Password recovery for a person who cannot log in: a one-time code by e-mail or SMS (only its hash kept, valid for
 * minutes, used once, a few wrong tries burn it), then a new password through the account module's policy. The
 * answers never tell whether an account exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "找回密码")
package cn.tongxin.recovery;
