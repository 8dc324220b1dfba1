package org.mskguide.quiz;

import java.util.List;
import java.util.Optional;

/**
 * One quiz question, read from {@code content/quiz/*.yml} and checked at start-up, with credential numbers
 * already filled in from {@code content/credentials/rmsks.yml}.
 *
 * @param id             permanent id, e.g. {@code rmsks-five-year-counting}; stored with every attempt
 * @param topic          slug of the topic page it tests
 * @param section        anchor of the section on that page, so a reader can go straight to it
 * @param choices        3 to 5, in authored order, exactly one correct
 * @param whyOthersWrong optional; null when the explanation already says enough
 * @param sourceFile     the file it came from, relative to the content folder, for error messages
 */
public record Question(String id, String topic, String section, String text, List<Choice> choices,
        String explanation, String whyOthersWrong, String sourceFile) {

    public Question {
        choices = List.copyOf(choices);
    }

    /** The one right answer. */
    public Choice correctChoice() {
        return choices.stream().filter(Choice::correct).findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + id + " has no correct choice"));
    }

    /** The choice with this id, if it belongs to this question. */
    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    /** Where to review it: {@code /topics/{topic}#{section}}. */
    public String sectionPath() {
        return "/topics/" + topic + "#" + section;
    }
}
