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
 * @param picture        the figure the question shows, or null for a text-only question
 * @param hotspot        for a "find it" question, the simulated image and the structure to find; else null. Its
 *                       choices are the image's letters (A, B, C, ...), the lettered alternative to a click
 */
public record Question(String id, String topic, String section, String text, List<Choice> choices,
        String explanation, String whyOthersWrong, String sourceFile, Picture picture, Hotspot hotspot) {

    /** The interaction of an ordinary question: one choice from a list (text, or letters on a figure). */
    public static final String CHOICE = "choice";
    /** The interaction of a "find it" question: a point on a simulated image (or its letter). */
    public static final String HOTSPOT = "hotspot";

    public Question {
        choices = List.copyOf(choices);
    }

    /** A question without a simulated image. */
    public Question(String id, String topic, String section, String text, List<Choice> choices, String explanation,
            String whyOthersWrong, String sourceFile, Picture picture) {
        this(id, topic, section, text, choices, explanation, whyOthersWrong, sourceFile, picture, null);
    }

    /** A question without a picture. */
    public Question(String id, String topic, String section, String text, List<Choice> choices, String explanation,
            String whyOthersWrong, String sourceFile) {
        this(id, topic, section, text, choices, explanation, whyOthersWrong, sourceFile, null, null);
    }

    /** {@value #HOTSPOT} for a "find it" question, else {@value #CHOICE}: what the quiz API calls {@code type}. */
    public String type() {
        return hotspot == null ? CHOICE : HOTSPOT;
    }

    /** Whether the choices are letters on a picture (a figure or a simulated image), kept in order, never shuffled. */
    public boolean lettered() {
        return hotspot != null || picture != null && !picture.regions().isEmpty();
    }

    /**
     * The figure a question shows. With {@code regions}, the choices are those letters ("Which letter marks the
     * tendon?"): the accessible form of the hotspot questions real MSK exams use.
     *
     * @param figure      the figure's name (placed on a topic page, or a figure file only the quiz uses)
     * @param regions     the region labels the reader chooses from, in order (e.g. A, B, C); empty when the
     *                    question has ordinary choices
     * @param description the long description offered under the figure ("Describe this figure"); for a lettered
     *                    figure it says where each letter is and what is drawn there, without naming the answer
     * @param address     where a person sees the figure, e.g. {@code /topics/dynamic-imaging#figure-x}
     */
    public record Picture(String figure, List<String> regions, String description, String address) {

        public Picture {
            regions = List.copyOf(regions);
        }
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
