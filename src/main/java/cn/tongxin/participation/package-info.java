/**
 * 公众参与: the public side. Every public write goes through {@link cn.tongxin.participation.PublicWrites} (captcha,
 * rate limits per address and phone, length and script checks, the committee's sensitive words) and, unless the item
 * turns it off, the moderation queue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公众参与")
package cn.tongxin.participation;
