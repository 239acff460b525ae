package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class RouteLookupTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void aMappingIsSkippedOnlyForPathsThatCannotStartLikeItsPatterns() {
        var submit = RequestMappingInfo.paths("/api/v1/proposals/{id}/submit").build();
        var both = RequestMappingInfo.paths("/proposals/{id}", "/api/v1/proposals/{id}").build();
        var wildcardFirst = RequestMappingInfo.paths("/{committee}/public").build();
        var files = RequestMappingInfo.paths("/files/**").build();

        assertThat(RouteLookup.LiteralPrefixHandlerMapping.literalPrefixes(submit)).containsExactly("/api/v1/proposals/");
        assertThat(RouteLookup.LiteralPrefixHandlerMapping.literalPrefixes(both)).containsExactlyInAnyOrder("/proposals/", "/api/v1/proposals/");
        // a pattern beginning with a variable offers no prefix: such a mapping is always tested
        assertThat(RouteLookup.LiteralPrefixHandlerMapping.literalPrefixes(wildcardFirst)).containsExactly("/");
        assertThat(RouteLookup.LiteralPrefixHandlerMapping.literalPrefixes(files)).containsExactly("/files/");
    }

    @Test
    void theApplicationsMappingUsesTheLiteralPrefixLookup() {
        assertThat(mapping).isInstanceOf(RouteLookup.LiteralPrefixHandlerMapping.class);
    }
}
