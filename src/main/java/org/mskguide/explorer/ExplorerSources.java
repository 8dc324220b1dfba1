package org.mskguide.explorer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mskguide.content.Content;
import org.mskguide.content.Source;

/**
 * The sources each explorer cites, by their ids in the source registry ({@code content/sources.yml}). Built once at
 * start-up ({@link ExplorerResource} is created at start-up), so an id the registry does not hold stops the
 * application with the id named rather than printing a page without its source.
 */
record ExplorerSources(List<Citation> beamAngle, List<Citation> needle, List<Citation> knobology) {

    /** Tendon brightness against beam angle (the study) and what it means when scanning. */
    static final List<String> BEAM_ANGLE = List.of("crass-1988", "gusi-pocuspedia-anisotropy");
    /** Line in plane, dot out of plane, shallow angles show best, reverberation below the shaft, guided procedures. */
    static final List<String> NEEDLE = List.of("bats-needle-basics", "daftary-2015", "sonoskills-reverberation",
            "seed-article");
    /** Frequency against depth and detail, resolution against frequency and depth, focusing. */
    static final List<String> KNOBOLOGY = List.of("probyn-2023-adult-hip", "msk-artifacts-review-2020",
            "rcem-focusing", "aapmr-msk-ultrasound");

    /** E.g. {@code from(content.sources())}; throws naming the first id the registry lacks. */
    static ExplorerSources from(List<Source> registry) {
        Map<String, Source> byId = registry.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return new ExplorerSources(cite(byId, BEAM_ANGLE), cite(byId, NEEDLE), cite(byId, KNOBOLOGY));
    }

    static ExplorerSources from(Content content) {
        return from(content.sources());
    }

    private static List<Citation> cite(Map<String, Source> byId, List<String> ids) {
        return ids.stream().map(id -> {
            Source source = byId.get(id);
            if (source == null) {
                throw new IllegalStateException("An explorer cites source '" + id + "', which content/sources.yml"
                        + " does not list: add it there or change the explorer's source ids in "
                        + ExplorerSources.class.getName());
            }
            return Citation.of(source);
        }).toList();
    }
}
