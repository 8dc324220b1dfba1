package org.mskguide.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mskguide.sonogram.Scan;
import org.mskguide.sonogram.View;

/** Each control reaches the simulated image and changes the words; the starting state is the simulator's own. */
class KnobologyExplorerTest {

    static final List<KnobologyView> ONE_CHANGE_EACH = List.of(KnobologyView.START, new KnobologyView(18, 5, 2, 0),
            new KnobologyView(6, 5, 2, 0), new KnobologyView(10, 2, 2, 0), new KnobologyView(10, 6, 2, 0),
            new KnobologyView(10, 5, 5, 0), new KnobologyView(10, 5, 1, 0), new KnobologyView(10, 5, 2, 10),
            new KnobologyView(10, 5, 2, -10));

    @Test
    void theStartingSettingsAreTheSimulatorsOwnForTheTestView() {
        Scan scan = KnobologyView.START.sonogram().scan();

        assertThat(scan).isEqualTo(View.KNOBOLOGY.defaults());
        assertThat(KnobologyView.START.sonogram().pngPath()).isEqualTo("/api/v1/sonograms/knobology.png");
    }

    @Test
    void everyControlChangesTheImageAddressTheHeadingTheSentenceAndTheNotes() {
        Set<String> images = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        Set<List<String>> notes = new HashSet<>();
        Set<String> headings = new HashSet<>();
        for (KnobologyView view : ONE_CHANGE_EACH) {
            ExplorerResult result = KnobologyExplorer.result(view);
            images.add(view.sonogram().pngPath());
            sentences.add(result.sentence());
            notes.add(result.notes());
            headings.add(result.heading());
            assertThat(result.link()).isEqualTo(view.path());
            assertThat(result.notes()).hasSize(4);
            assertThat(result.figures()).singleElement().satisfies(f -> {
                assertThat(f.caption()).startsWith("Simulated image.");
                assertThat(f.svg()).contains("alt=\"Simulated ultrasound image").contains(view.frequencyMHz() + " MHz")
                        .contains("src=\"" + view.sonogram().pngPath().replace("&", "&amp;") + "\"");
            });
        }
        assertThat(images).hasSize(ONE_CHANGE_EACH.size());
        assertThat(sentences).hasSize(ONE_CHANGE_EACH.size());
        assertThat(notes).hasSize(ONE_CHANGE_EACH.size());
        assertThat(headings).hasSize(ONE_CHANGE_EACH.size());
    }

    @Test
    void theWordsSayWhatChangedAndWhy() {
        assertThat(KnobologyExplorer.sentence(KnobologyView.START)).contains("starting settings");
        assertThat(KnobologyExplorer.sentence(new KnobologyView(18, 5, 2, 0))).contains("Higher frequency (18 MHz)")
                .contains("finer detail").contains("less reach");
        assertThat(KnobologyExplorer.frequencyNote(new KnobologyView(18, 5, 2, 0))).contains("0.5 dB per cm")
                .contains("faint or lost");
        assertThat(KnobologyExplorer.frequencyNote(new KnobologyView(6, 5, 2, 0))).contains("reaches the bone");
        assertThat(KnobologyExplorer.depthNote(new KnobologyView(10, 3, 2, 0))).contains("below the screen");
        assertThat(KnobologyExplorer.focusNote(new KnobologyView(10, 5, 2, 0))).contains("nerve");
        assertThat(KnobologyExplorer.focusNote(new KnobologyView(10, 5, 5, 0))).doesNotContain("nerve");
        assertThat(KnobologyExplorer.gainNote(new KnobologyView(10, 5, 2, 10))).contains("brighter")
                .contains("shadow below the bone");
        assertThat(KnobologyExplorer.gainNote(new KnobologyView(10, 5, 2, -10))).contains("darker");
    }

    @Test
    void theAddressNamesEverySetting() {
        assertThat(new KnobologyView(15, 3, 1, -5).path())
                .isEqualTo("/explore/knobology?frequency=15&depth=3&focus=1&gain=-5");
        assertThat(KnobologyForm.read(java.util.Map.of("frequency", List.of("15"), "depth", List.of("3"), "focus",
                List.of("1"), "gain", List.of("-5"))).state()).isEqualTo(new KnobologyView(15, 3, 1, -5));
    }
}
