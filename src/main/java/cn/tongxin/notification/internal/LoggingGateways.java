package cn.tongxin.notification.internal;

/** The default when no mail server or SMS gateway is configured: what would be sent goes to the log. */
final class LoggingGateways {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoggingGateways.class);

    private LoggingGateways() {
    }

    static EmailGateway email() {
        return (to, subject, text) -> LOG.info("e-mail (no SMTP server configured) to {}: {}", cn.tongxin.privacy.PersonalData.maskEmail(to), subject);
    }

    static SmsGateway sms() {
        // the text may hold a verification code: logged at debug only
        return (mobile, sms) -> LOG.info("SMS (logging gateway) to {}: {}", mask(mobile), sms.purpose());
    }

    static String mask(String mobile) {
        return cn.tongxin.privacy.PersonalData.maskMobile(mobile);
    }
}
