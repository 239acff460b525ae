package cn.tongxin.participation;

/** What a citizen fills in at a studio's page. */
public record OpinionForm(String name, String phone, String place, String content, String captchaId, String captcha) {
}
