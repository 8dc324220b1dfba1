package org.mskguide.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SitePagesTest {

    @Test
    void namesAreSafeForFiles() {
        assertThat(SitePages.name("/")).isEqualTo("home");
        assertThat(SitePages.name("/topics/rmsks-credential")).isEqualTo("topics-rmsks-credential");
        assertThat(SitePages.name("/quiz?topic=needle-guidance")).isEqualTo("quiz-topic-needle-guidance");
    }

    @Test
    void pagesBelowACollectionShareAKindAndQueryValuesDoNotCount() {
        Set<String> collections = Set.of("topics");

        assertThat(SitePages.type("/", collections)).isEqualTo("/");
        assertThat(SitePages.type("/topics", collections)).isEqualTo("/topics");
        assertThat(SitePages.type("/topics/a", collections)).isEqualTo(SitePages.type("/topics/b", collections))
                .isEqualTo("/topics/*");
        assertThat(SitePages.type("/quiz?topic=a", collections)).isEqualTo("/quiz?topic");
        assertThat(SitePages.type("/eligibility/result?b=2&a=1", collections)).isEqualTo("/eligibility/result?a&b");
        assertThat(SitePages.type("/eligibility/planner", collections)).isEqualTo("/eligibility/planner");
    }

    @Test
    void theFirstPageOfEachKindRepresentsIt() {
        List<String> paths = List.of("/", "/topics/a", "/topics/b", "/topics/c", "/topics/d", "/quiz", "/quiz?topic=a",
                "/quiz?topic=b", "/eligibility/questions", "/eligibility/planner");

        assertThat(SitePages.onePerType(paths)).containsExactly(
                entry("/", "/"),
                entry("/topics/*", "/topics/a"),
                entry("/quiz", "/quiz"),
                entry("/quiz?topic", "/quiz?topic=a"),
                entry("/eligibility/questions", "/eligibility/questions"),
                entry("/eligibility/planner", "/eligibility/planner"));
    }
}
