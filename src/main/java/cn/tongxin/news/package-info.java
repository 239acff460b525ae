/**
 * 宣传: news of the committee's work (title, text, images, the day it happened) published by the office on the public
 * portal, with a proper title, description and Open Graph tags so that a link shared in a chat app shows a preview.
 */
@org.springframework.modulith.ApplicationModule(displayName = "宣传")
package cn.tongxin.news;
