package cn.tongxin.organization;

import java.util.List;
import java.util.Optional;

/** Reads a committee's dictionaries (its own entries, or the defaults when it has none). */
public interface Dictionaries {

    List<DictionaryKind.Entry> entries(long committeeId, DictionaryKind kind);

    default Optional<String> label(long committeeId, DictionaryKind kind, String code) {
        return entries(committeeId, kind).stream().filter(e -> e.code().equals(code)).map(DictionaryKind.Entry::label).findFirst();
    }

    default boolean contains(long committeeId, DictionaryKind kind, String code) {
        return code != null && label(committeeId, kind, code).isPresent();
    }
}
