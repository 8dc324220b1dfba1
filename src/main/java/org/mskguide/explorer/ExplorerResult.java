package org.mskguide.explorer;

import java.util.List;

/**
 * What an explorer shows for one state: a heading that names the state, the sentence that says what the reader sees
 * and why (announced when it changes), the drawings, and the state's own address for instructors to link.
 */
public record ExplorerResult(String heading, String sentence, List<Figure> figures, String link) {
}
