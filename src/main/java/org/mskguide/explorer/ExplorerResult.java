package org.mskguide.explorer;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What an explorer shows for one state: a heading that names the state, the sentence that says what the reader sees
 * and why (announced when it changes), the drawings, the state's own address for instructors to link, and any notes
 * that explain the state further (one per control in the image-settings explorer; none elsewhere).
 */
// Read by a tag (tags/*.html), whose expressions Qute does not type: this gives it a generated resolver, not reflection.
@TemplateData
public record ExplorerResult(String heading, String sentence, List<Figure> figures, String link, List<String> notes) {

    public ExplorerResult {
        notes = List.copyOf(notes);
    }

    /** A result without notes. */
    public ExplorerResult(String heading, String sentence, List<Figure> figures, String link) {
        this(heading, sentence, figures, link, List.of());
    }
}
