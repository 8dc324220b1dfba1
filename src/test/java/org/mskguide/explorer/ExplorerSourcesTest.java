package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mskguide.content.Source;

class ExplorerSourcesTest {

    static Source source(String id) {
        return new Source(id, "Title of " + id, "Author A", "Journal 1(2):3-4", 2020, "https://example.org/" + id,
                Source.PRIMARY, "what it supports");
    }

    static List<Source> registry() {
        return java.util.stream.Stream.of(ExplorerSources.BEAM_ANGLE, ExplorerSources.NEEDLE,
                ExplorerSources.KNOBOLOGY).flatMap(List::stream).distinct().map(ExplorerSourcesTest::source).toList();
    }

    @Test
    void eachExplorerCitesTheRegistrysEntriesInItsOrder() {
        ExplorerSources sources = ExplorerSources.from(registry());

        assertThat(sources.beamAngle()).extracting(Citation::url).containsExactlyElementsOf(
                ExplorerSources.BEAM_ANGLE.stream().map(id -> "https://example.org/" + id).toList());
        assertThat(sources.needle()).hasSize(ExplorerSources.NEEDLE.size());
        assertThat(sources.knobology().get(0)).isEqualTo(new Citation("Author A",
                "Title of " + ExplorerSources.KNOBOLOGY.get(0), "Journal 1(2):3-4, 2020",
                "https://example.org/" + ExplorerSources.KNOBOLOGY.get(0)));
    }

    @Test
    void aSourceTheRegistryLacksStopsStartUpWithItsIdNamed() {
        List<Source> withoutCrass = registry().stream().filter(s -> !s.id().equals("crass-1988")).toList();

        assertThatThrownBy(() -> ExplorerSources.from(withoutCrass)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'crass-1988'").hasMessageContaining("content/sources.yml");
    }

    @Test
    void anOrganisationsPageHasNoAuthorsAndNoYear() {
        Citation citation = Citation.of(new Source("x", "Anisotropy", null, "POCUSpedia", null, "https://e.org/a",
                Source.PRIMARY, "s"));

        assertThat(citation).isEqualTo(new Citation("", "Anisotropy", "POCUSpedia", "https://e.org/a"));
    }
}
