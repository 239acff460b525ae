package cn.tongxin.reading;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.http.HttpStatus;

import cn.tongxin.shared.BusinessException;

/**
 * Where a page of notes ends: the last note's typed time and id (keyset paging; a page costs the same deep in the
 * list as at its head). Written as {@code <epoch microseconds>.<id>}, the precision PostgreSQL keeps.
 */
public record NoteCursor(Instant at, long id) {

    public static NoteCursor of(Instant at, long id) {
        return new NoteCursor(at, id);
    }

    /** The cursor a client sent back; absent for the first page, 400 when it is not one of ours. */
    public static NoteCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int dot = text.indexOf('.');
        try {
            long micros = Long.parseLong(text.substring(0, dot));
            long id = Long.parseLong(text.substring(dot + 1));
            return new NoteCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException e) {
            throw new BusinessException(HttpStatus.BAD_REQUEST, "翻页参数“before”不正确，请从第一页重新浏览");
        }
    }

    public String text() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "." + id;
    }

    OffsetDateTime atOffset() {
        return at.atOffset(ZoneOffset.UTC);
    }
}
