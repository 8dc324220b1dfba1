package org.mskguide.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mskguide.content.Content;
import org.mskguide.content.ContentException;
import org.mskguide.content.FactPlaceholders;
import org.mskguide.content.Figure;
import org.mskguide.content.Page;
import org.mskguide.content.PlacedFigure;
import org.mskguide.web.AppRoutes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code quiz/*.yml} from a content folder into a {@link QuestionBank}. Fact placeholders such as
 * {@code {{rmsks.studiesRequired}}} are filled in first, from the same data the topic pages use. Every mistake
 * fails start-up with a {@link ContentException} naming the file and the question: an unknown field, a topic
 * or section that does not exist, no or two correct choices, fewer than 3 or more than 5 choices, a duplicate
 * question or choice id. A question may show a figure ({@code figure: <name>}); with {@code regions: [A, B, C]} and
 * {@code answer: B} its choices are those letters, each of which must be a label in the drawing. A figure file that
 * no page places and no question uses is refused here, naming the file. Plain Java, tested without Quarkus.
 * Usage: {@code QuestionBank bank = ContentFolder.read(config, new QuestionBankLoader(content)::load);}
 */
public final class QuestionBankLoader {

    /** Longest texts the attempt tables keep a copy of (see V1__quiz_attempts.sql); ids are at most 100. */
    static final int MAX_QUESTION = 1000;
    static final int MAX_CHOICE = 500;
    static final int MAX_EXPLANATION = 2000;

    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    // A repeated key (two `correct:` or two `question:` in one item) is an authoring mistake, not a choice.
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Content content;
    private final Set<String> usedFigures = new HashSet<>();

    /** @param content the loaded topic pages: questions may only point at their sections */
    public QuestionBankLoader(Content content) {
        this.content = content;
    }

    public QuestionBank load(Path root) {
        Path dir = root.resolve("quiz");
        usedFigures.clear();
        List<Question> questions = new ArrayList<>();
        Map<String, String> idOwners = new HashMap<>();
        for (Path file : yamlFiles(dir)) {
            String name = root.relativize(file).toString().replace('\\', '/');
            for (Question question : loadFile(name, file)) {
                String owner = idOwners.putIfAbsent(question.id(), name);
                if (owner != null) {
                    throw new ContentException(name, "question '" + question.id() + "': duplicate question id (also in "
                            + owner + ")");
                }
                questions.add(question);
            }
        }
        if (questions.isEmpty()) {
            throw new ContentException("quiz/", "no questions found (expected quiz/*.yml files with a 'questions' list)");
        }
        for (String figure : content.looseFigures().keySet()) {
            if (!usedFigures.contains(figure)) {
                throw new ContentException("figures/" + figure + ".svg", "is not placed on any page and no quiz "
                        + "question uses it: add a ```figure block with 'name: " + figure + "' to a topic, give a "
                        + "question 'figure: " + figure + "', or delete the file");
            }
        }
        List<String> order = content.topics().stream().map(Page::slug).toList();
        questions.sort(Comparator.comparingInt(q -> order.indexOf(q.topic())));
        Map<String, String> areas = new HashMap<>();
        content.topics().forEach(t -> areas.put(t.slug(), t.area()));
        return new QuestionBank(questions, areas);
    }

    private List<Question> loadFile(String name, Path file) {
        QuizFile parsed;
        try {
            String text = FactPlaceholders.insert(name, Files.readString(file, StandardCharsets.UTF_8),
                    content.credentials());
            parsed = yaml.readValue(text, QuizFile.class);
        } catch (IOException e) {
            throw new ContentException(name, "malformed YAML: " + firstLine(e.getMessage()), e);
        }
        if (parsed == null || parsed.questions() == null || parsed.questions().isEmpty()) {
            throw new ContentException(name, "needs a 'questions' list with at least one question");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < parsed.questions().size(); i++) {
            QuestionEntry entry = parsed.questions().get(i);
            String label = entry == null || entry.id() == null ? "question #" + (i + 1) : "question '" + entry.id() + "'";
            if (entry == null) {
                throw new ContentException(name, label + ": is empty");
            }
            questions.add(toQuestion(name, label, entry, parsed.figureDescriptions() == null ? Map.of()
                    : parsed.figureDescriptions()));
        }
        if (parsed.figureDescriptions() != null) {
            for (String figure : parsed.figureDescriptions().keySet()) {
                if (questions.stream().noneMatch(q -> q.picture() != null && q.picture().figure().equals(figure))) {
                    throw new ContentException(name, "figureDescriptions: no question in this file shows '" + figure
                            + "'");
                }
            }
        }
        return questions;
    }

    private Question toQuestion(String file, String label, QuestionEntry entry, Map<String, String> descriptions) {
        Set<ConstraintViolation<QuestionEntry>> violations = VALIDATOR.validate(entry);
        if (!violations.isEmpty()) {
            String problems = violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new ContentException(file, label + ": " + problems);
        }
        Page topic = content.topic(entry.topic()).orElseThrow(() -> new ContentException(file, label
                + ": unknown topic '" + entry.topic() + "' (topics: " + content.topics().stream().map(Page::slug).toList()
                + ")"));
        if (!topic.anchors().contains(entry.section())) {
            throw new ContentException(file, label + ": no section #" + entry.section() + " on " + topic.path()
                    + " (sections: " + topic.toc().stream().map(h -> h.id()).toList() + ")");
        }
        String type = entry.type() == null ? Question.CHOICE : entry.type();
        if (!type.equals(Question.CHOICE) && !type.equals(Question.HOTSPOT)) {
            throw new ContentException(file, label + ": type must be " + Question.CHOICE + " (the default) or "
                    + Question.HOTSPOT + ", not '" + type + "'");
        }
        Hotspot hotspot = type.equals(Question.HOTSPOT) ? HotspotEntries.hotspot(file, label, entry) : null;
        if (hotspot == null) {
            HotspotEntries.refuseHotspotFields(file, label, entry);
        }
        List<Choice> choices = hotspot != null ? HotspotEntries.letterChoices(hotspot)
                : entry.regions() != null ? regionChoices(file, label, entry) : choices(file, label, entry);
        Question.Picture picture = picture(file, label, entry, descriptions);
        return new Question(entry.id(), entry.topic(), entry.section(), entry.question().strip(), choices,
                entry.explanation().strip(), entry.whyOthersWrong() == null ? null : entry.whyOthersWrong().strip(),
                file, picture, hotspot);
    }

    private static List<Choice> choices(String file, String label, QuestionEntry entry) {
        if (entry.choices() == null) {
            throw new ContentException(file, label + ": choices: is required (or 'figure', 'regions' and 'answer' "
                    + "for a picture question)");
        }
        if (entry.answer() != null) {
            throw new ContentException(file, label + ": 'answer' is only for picture questions with 'regions'; "
                    + "mark the right choice with 'correct: true'");
        }
        long correct = entry.choices().stream().filter(c -> Boolean.TRUE.equals(c.correct())).count();
        if (correct != 1) {
            throw new ContentException(file, label + ": needs exactly one choice with 'correct: true', found " + correct);
        }
        Set<String> choiceIds = new HashSet<>();
        for (ChoiceEntry choice : entry.choices()) {
            if (!choiceIds.add(choice.id())) {
                throw new ContentException(file, label + ": duplicate choice id '" + choice.id() + "'");
            }
        }
        return entry.choices().stream()
                .map(c -> new Choice(c.id(), c.text().strip(), Boolean.TRUE.equals(c.correct()))).toList();
    }

    /** A picture question's choices are its region letters, in order; the choice id is the letter in lower case. */
    private static List<Choice> regionChoices(String file, String label, QuestionEntry entry) {
        if (entry.figure() == null) {
            throw new ContentException(file, label + ": 'regions' needs a 'figure' that shows them");
        }
        if (entry.choices() != null) {
            throw new ContentException(file, label + ": has both 'choices' and 'regions'; a picture question's "
                    + "choices are its region letters");
        }
        if (entry.answer() == null || !entry.regions().contains(entry.answer())) {
            throw new ContentException(file, label + ": 'answer' must be one of the regions " + entry.regions()
                    + (entry.answer() == null ? "" : ", not '" + entry.answer() + "'"));
        }
        Set<String> ids = new HashSet<>();
        List<Choice> choices = new ArrayList<>();
        for (String region : entry.regions()) {
            String id = region.toLowerCase(java.util.Locale.ROOT);
            if (!ids.add(id)) {
                throw new ContentException(file, label + ": region '" + region + "' is listed twice");
            }
            choices.add(new Choice(id, region, region.equals(entry.answer())));
        }
        return choices;
    }

    /** The figure the question shows, found where the content has it; its region letters must be drawn in it. */
    private Question.Picture picture(String file, String label, QuestionEntry entry, Map<String, String> descriptions) {
        if (entry.figure() == null) {
            if (entry.figureDescription() != null) {
                throw new ContentException(file, label + ": 'figureDescription' needs a 'figure'");
            }
            return null;
        }
        String name = entry.figure();
        Optional<PlacedFigure> placed = content.figure(name);
        Figure figure = placed.map(PlacedFigure::figure).orElse(content.looseFigures().get(name));
        if (figure == null) {
            throw new ContentException(file, label + ": no figure '" + name + "' (figures: "
                    + new java.util.TreeSet<>(java.util.stream.Stream.concat(content.figures().keySet().stream(),
                            content.looseFigures().keySet().stream()).toList()) + ")");
        }
        List<String> regions = entry.regions() == null ? List.of() : entry.regions();
        for (String region : regions) {
            if (!figure.labels().contains(region)) {
                throw new ContentException(file, label + ": region '" + region + "' is not a label in figure '" + name
                        + "' (its labels: " + new java.util.TreeSet<>(figure.labels()) + ")");
            }
        }
        String description = entry.figureDescription() != null ? entry.figureDescription()
                : descriptions.containsKey(name) ? descriptions.get(name)
                : placed.map(p -> p.block().description()).orElse(null);
        if (description == null || description.isBlank()) {
            throw new ContentException(file, label + ": figure '" + name + "' is not placed on a page, so it needs "
                    + "a description under 'figureDescriptions' (or the question's 'figureDescription'): where each "
                    + "letter is and what is drawn there, for a reader who cannot see the picture, without naming "
                    + "the answer");
        }
        description = description.strip();
        usedFigures.add(name);
        // A figure no page places is seen where the question is: the topic's quiz shows every question of the topic.
        String address = placed.map(PlacedFigure::href)
                .orElse(AppRoutes.QUIZ + "?topic=" + entry.topic() + "#question-" + entry.id());
        return new Question.Picture(name, regions, description, address);
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ContentException("quiz/", "folder is missing");
        }
        try (Stream<Path> files = Files.list(dir)) {
            // classify*.yml are the drills' "classify it" rounds (drill/ClassifyRounds), not questions.
            return files.filter(f -> f.getFileName().toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().startsWith("classify")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * The shape of one {@code quiz/*.yml} file.
     *
     * @param figureDescriptions optional: the "Describe this figure" text of each figure its questions show, by
     *                           figure name, so every question on one figure says the same
     */
    record QuizFile(Map<String, String> figureDescriptions, List<QuestionEntry> questions) {
    }

    record QuestionEntry(
            @NotNull(message = "is required") @Size(max = 100) @Pattern(regexp = ID, message = "must be lowercase words joined by hyphens") String id,
            @NotBlank(message = "is required (the slug of a topic page)") @Size(max = 100) String topic,
            @NotBlank(message = "is required (the anchor of a ## heading on the topic page)") @Size(max = 200) String section,
            @NotBlank(message = "is required") @Size(max = MAX_QUESTION) String question,
            @Size(min = 3, max = 5, message = "needs 3 to 5 choices") List<@NotNull @Valid ChoiceEntry> choices,
            @NotBlank(message = "is required") @Size(max = MAX_EXPLANATION) String explanation,
            @Size(max = MAX_EXPLANATION) String whyOthersWrong,
            @Size(max = 100) @Pattern(regexp = ID, message = "must be a figure name") String figure,
            @Size(min = 3, max = 8, message = "needs 3 to 8 regions") List<@NotNull @Pattern(regexp = "[A-Za-z0-9]{1,3}", message = "must be a short label such as A") String> regions,
            String answer,
            @Size(max = MAX_EXPLANATION) String figureDescription,
            @Size(max = 20) String type,
            @Size(max = 100) String view,
            @Size(max = 40) String variant,
            @Size(max = 200) String target,
            List<@NotNull @Size(max = 200) String> candidates) {
    }

    record ChoiceEntry(
            @NotNull(message = "is required") @Size(max = 100) @Pattern(regexp = ID, message = "must be lowercase letters, digits and hyphens") String id,
            @NotBlank(message = "is required") @Size(max = MAX_CHOICE) String text,
            Boolean correct) {
    }
}
