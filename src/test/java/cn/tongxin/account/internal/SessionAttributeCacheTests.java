package cn.tongxin.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionAttributeCacheTests {

    private final SerializingConverter writing = new SerializingConverter();
    private final DeserializingConverter reading = new DeserializingConverter();

    @Test
    void theSameBytesAreDeserialisedOnceAndEachReadGetsItsOwnContext() {
        var cache = new SessionAttributeCache(10);
        var reads = new AtomicInteger();
        byte[] bytes = writing.convert(context("staff"));

        var first = (SecurityContext) cache.read(bytes, b -> { reads.incrementAndGet(); return reading.convert(b); });
        var second = (SecurityContext) cache.read(bytes.clone(), b -> { reads.incrementAndGet(); return reading.convert(b); });

        assertThat(reads).hasValue(1);
        assertThat(second.getAuthentication().getName()).isEqualTo("staff");
        assertThat(second).isNotSameAs(first);
        // a request that replaces its authentication (a password change) does not touch what the next request reads
        first.setAuthentication(null);
        var third = (SecurityContext) cache.read(bytes, reading::convert);
        assertThat(third.getAuthentication().getName()).isEqualTo("staff");
    }

    @Test
    void otherBytesAreAnotherValueAndOtherTypesAreNotKept() {
        var cache = new SessionAttributeCache(10);
        var staff = (SecurityContext) cache.read(writing.convert(context("staff")), reading::convert);
        var member = (SecurityContext) cache.read(writing.convert(context("member")), reading::convert);
        assertThat(staff.getAuthentication().getName()).isEqualTo("staff");
        assertThat(member.getAuthentication().getName()).isEqualTo("member");

        var flash = new java.util.ArrayList<>(List.of("已保存"));
        cache.read(writing.convert(flash), reading::convert);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void theCacheIsBounded() {
        var cache = new SessionAttributeCache(3);
        for (int i = 0; i < 10; i++) {
            cache.read(writing.convert(context("user" + i)), reading::convert);
        }
        assertThat(cache.size()).isEqualTo(3);
    }

    private static SecurityContext context(String name) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
    }
}
