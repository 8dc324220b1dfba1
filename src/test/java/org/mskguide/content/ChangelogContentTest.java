package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mskguide.web.AppRoutes;

/**
 * The real content's revision history: every topic has one, and review dates stay honest (a topic changed after its
 * last review must be reviewed again, so its newest change may not be later than its lastReviewed). Also that cutting
 * each body into sections for its "report a mistake" links loses nothing.
 */
class ChangelogContentTest {

    static final Content CONTENT = new ContentLoader(AppRoutes.PATHS).load(Path.of("content"));

    @Test
    void everyTopicHasAHistory() {
        for (Page topic : CONTENT.topics()) {
            assertThat(topic.changes()).as("content/changelog.yml has no entry for %s", topic.slug()).isNotEmpty();
        }
    }

    @Test
    void noTopicChangedAfterItsLastReview() {
        for (Page topic : CONTENT.topics()) {
            topic.changes().stream().findFirst().ifPresent(newest -> assertThat(newest.date())
                    .as("%s changed on %s (\"%s\") after its last review on %s: review it again and update lastReviewed",
                            topic.sourceFile(), newest.date(), newest.summary(), topic.lastReviewed())
                    .isBeforeOrEqualTo(topic.lastReviewed()));
        }
    }

    @Test
    void theSectionsOfEveryTopicJoinBackIntoItsBody() {
        for (Page topic : CONTENT.topics()) {
            StringBuilder joined = new StringBuilder();
            topic.sections().forEach(s -> joined.append(s.html()));
            // Only a blank start before the first heading may be left out.
            assertThat(topic.html()).as(topic.slug()).endsWith(joined.toString());
            assertThat(topic.html().substring(0, topic.html().length() - joined.length())).as(topic.slug()).isBlank();
            assertThat(topic.sections().stream().filter(s -> s.heading() != null).map(s -> s.heading().id()))
                    .as(topic.slug()).containsExactlyElementsOf(topic.toc().stream().map(Heading::id).toList());
            topic.sections().stream().filter(s -> s.heading() != null).forEach(s -> assertThat(s.html())
                    .startsWith("<h2 id=\"" + s.heading().id() + "\"").satisfies(html -> assertThat(html.indexOf("<h2", 1))
                            .as("a second h2 in one section").isNegative()));
        }
    }
}
