package cn.tongxin.account;

import java.util.function.Supplier;

/**
 * Runs work as an account, with the principal a login of that account would give, so that the work goes through the
 * same use cases and permission checks as a user's (start-up work such as the demo). The caller's own security context
 * is restored afterwards.
 */
public interface RunAs {

    <T> T user(String username, Supplier<T> work);

    default void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
