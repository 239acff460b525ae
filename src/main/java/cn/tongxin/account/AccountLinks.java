package cn.tongxin.account;

/**
 * What an account may be linked to (a member, a handling unit) belongs to another module; that module says whether an
 * id is one of a committee's own, so that an administrator cannot link an account to another committee's records.
 */
public interface AccountLinks {

    Kind kind();

    boolean belongsTo(long id, long committeeId);

    enum Kind {
        MEMBER, UNIT
    }
}
