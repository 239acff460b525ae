package cn.tongxin.history.internal;

/** A column of a history template: its Chinese header, whether it must be filled, and how to fill it. */
public interface SheetColumn {

    String header();

    boolean required();

    String help();

    String example();
}
