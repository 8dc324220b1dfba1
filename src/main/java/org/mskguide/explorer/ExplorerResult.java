package org.mskguide.explorer;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What an explorer shows for one state: a heading that names the state, the sentence that says what the reader sees
 * and why (announced when it changes), the drawings, and the state's own address for instructors to link.
 */
// Read by a tag (tags/*.html), whose expressions Qute does not type: this gives it a generated resolver, not reflection.
@TemplateData
public record ExplorerResult(String heading, String sentence, List<Figure> figures, String link) {
}
