package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class SitePagesTest {

    @Test
    void namesAreSafeForFiles() {
        assertThat(SitePages.name("/")).isEqualTo("home");
        assertThat(SitePages.name("/topics/rmsks-credential")).isEqualTo("topics-rmsks-credential");
        assertThat(SitePages.name("/quiz?topic=needle-guidance")).isEqualTo("quiz-topic-needle-guidance");
    }

    @Test
    void pagesOfOneKindShareAType() {
        assertThat(SitePages.type("/")).isEqualTo("/");
        assertThat(SitePages.type("/topics")).isEqualTo("/topics");
        assertThat(SitePages.type("/topics/a")).isEqualTo(SitePages.type("/topics/b")).isEqualTo("/topics/*");
        assertThat(SitePages.type("/quiz?topic=a")).isEqualTo("/quiz?topic");
        assertThat(SitePages.type("/eligibility/result?b=2&a=1")).isEqualTo("/eligibility/*?a&b");
    }

    @Test
    void theFirstPageOfEachKindRepresentsIt() {
        assertThat(SitePages.onePerType(List.of("/", "/topics/a", "/topics/b", "/quiz", "/quiz?topic=a")))
                .containsExactly(
                        entry("/", "/"),
                        entry("/topics/*", "/topics/a"),
                        entry("/quiz", "/quiz"),
                        entry("/quiz?topic", "/quiz?topic=a"));
    }
}
