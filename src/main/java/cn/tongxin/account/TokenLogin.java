package cn.tongxin.account;

/**
 * A script that holds no token yet logs in once with a password and receives a personal API token. Failed attempts
 * count towards the lockout and are audited like the login page's.
 */
public interface TokenLogin {

    ApiTokens.IssuedToken logIn(String username, String password, String tokenName, String remoteAddress);
}
