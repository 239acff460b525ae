/**
 * Technical base shared by every module: the embedded PostgreSQL started when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "基础设施")
package cn.tongxin.infrastructure;
