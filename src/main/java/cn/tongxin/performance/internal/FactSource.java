package cn.tongxin.performance.internal;

import java.util.Set;

import cn.tongxin.performance.internal.Ledger.MemberYear;

/**
 * Turns one module's published events into record entries: the listener path (one event as it happens) and the
 * replay path (the module's replayed events of a year) go through the same {@link #apply}.
 */
public interface FactSource {

    /** Records what the event says; the member-years changed (empty when the event is not this source's). */
    Set<MemberYear> apply(Object event);
}
