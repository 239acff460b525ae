/**
 * 个人信息保护: personal data sealed at rest with SM4/GCM under keys from the environment (each value names its key, so
 * keys can be rotated), found by exact match through an SM3-HMAC blind index, and masked where a full value is not needed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "个人信息保护")
package cn.tongxin.privacy;
