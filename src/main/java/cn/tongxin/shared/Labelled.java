package cn.tongxin.shared;

/** A status, an action or a kind with the Chinese word people see. */
public interface Labelled {

    String label();
}
