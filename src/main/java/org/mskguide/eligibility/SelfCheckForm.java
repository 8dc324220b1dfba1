package org.mskguide.eligibility;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The self-check's answers exactly as typed (the result URL's query parameters), so a form shown again keeps them.
 * {@link #parse} turns them into {@link SelfCheckAnswers} or into one message per field; {@link #query()} writes them
 * back as a URL query, so a result can be bookmarked and its "change" links reopen the form filled in.
 */
public record SelfCheckForm(String profession, String licence, String studies, String therapeutic, String real,
        String perMonth, String prerequisite, String spi, String spiDate) {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
    private static final Pattern FRACTION = Pattern.compile("-?[0-9]*[.,][0-9]+");

    public SelfCheckForm {
        profession = clean(profession);
        licence = clean(licence);
        studies = clean(studies);
        therapeutic = clean(therapeutic);
        real = clean(real);
        perMonth = clean(perMonth);
        prerequisite = clean(prerequisite);
        spi = clean(spi);
        spiDate = clean(spiDate);
    }

    /** Reads the form from request parameters, e.g. {@code SelfCheckForm.from(uriInfo.getQueryParameters()::getFirst)}. */
    public static SelfCheckForm from(Function<String, String> param) {
        return new SelfCheckForm(param.apply(AnswerField.PROFESSION.formName()),
                param.apply(AnswerField.LICENSED.formName()), param.apply(AnswerField.STUDIES.formName()),
                param.apply(AnswerField.THERAPEUTIC.formName()), param.apply(AnswerField.REAL_PATIENTS.formName()),
                param.apply(AnswerField.STUDIES_PER_MONTH.formName()), param.apply(AnswerField.PREREQUISITE.formName()),
                param.apply(AnswerField.SPI_PASSED.formName()), param.apply(AnswerField.SPI_PASSED_ON.formName()));
    }

    /** The typed answers, or the problems: exactly one of the two is present. */
    public record Parsed(SelfCheckAnswers answers, Map<AnswerField, String> errors) {

        /** True when the answers can be checked. */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The profession chosen, if it is a known one. */
    public Optional<Profession> chosenProfession() {
        return Profession.fromCode(profession);
    }

    /**
     * Converts the text and checks it; conversion messages ("enter a whole number") come before range checks, and
     * only the questions of the route's credential are read (answers to the others are ignored).
     */
    public Parsed parse(AnswerValidator validator, RouteFinder routes) {
        Map<AnswerField, String> errors = new EnumMap<>(AnswerField.class);
        Optional<Profession> chosen = chosenProfession();
        if (chosen.isEmpty()) {
            errors.put(AnswerField.PROFESSION, "Choose what best describes you");
            return new Parsed(null, errors);
        }
        CredentialRoute route = routes.route(chosen.get());
        Credential checked = route.checked();
        Boolean licensed = null;
        Integer studyCount = null;
        Integer therapeuticCount = null;
        Boolean realOnly = null;
        Integer rate = null;
        PrerequisiteChoice choice = null;
        LocalDate passedOn = null;
        if (checked == Credential.RMSK) {
            licensed = yesNo(licence);
            studyCount = count(studies, AnswerField.STUDIES, "studies", errors);
            therapeuticCount = count(therapeutic, AnswerField.THERAPEUTIC, "therapeutic studies", errors);
            realOnly = yesNo(real);
            rate = count(perMonth, AnswerField.STUDIES_PER_MONTH, "studies a month", errors);
        } else if (checked == Credential.RMSKS && !route.registrant()) {
            if (!prerequisite.isEmpty()) {
                choice = PrerequisiteChoice.fromCode(prerequisite).orElse(null);
            }
            Boolean passed = yesNo(spi);
            if (passed == null) {
                errors.put(AnswerField.SPI_PASSED, "Select yes if you have passed the SPI exam, or no if you have not");
            } else if (passed) {
                passedOn = date(errors);
            }
        }
        SelfCheckAnswers answers = new SelfCheckAnswers(chosen.get(), licensed, studyCount, therapeuticCount, realOnly,
                rate, choice, passedOn);
        validator.validate(answers).forEach(errors::putIfAbsent);
        answers.missing(route).forEach(errors::putIfAbsent);
        return errors.isEmpty() ? new Parsed(answers, Map.of()) : new Parsed(null, errors);
    }

    /** The answers as a URL query without the leading {@code ?}; empty answers are left out. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        values().forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** True if the answer to the yes/no question {@code field} is {@code value}; for radio buttons. */
    public boolean is(String field, String value) {
        return value.equals(values().get(field));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AnswerField.PROFESSION.formName(), profession);
        values.put(AnswerField.LICENSED.formName(), licence);
        values.put(AnswerField.STUDIES.formName(), studies);
        values.put(AnswerField.THERAPEUTIC.formName(), therapeutic);
        values.put(AnswerField.REAL_PATIENTS.formName(), real);
        values.put(AnswerField.STUDIES_PER_MONTH.formName(), perMonth);
        values.put(AnswerField.PREREQUISITE.formName(), prerequisite);
        values.put(AnswerField.SPI_PASSED.formName(), spi);
        // A date typed before answering "no" means nothing; leaving it out keeps the result URL honest.
        values.put(AnswerField.SPI_PASSED_ON.formName(), "no".equals(spi) ? "" : spiDate);
        return values;
    }

    private LocalDate date(Map<AnswerField, String> errors) {
        if (spiDate.isEmpty()) {
            errors.put(AnswerField.SPI_PASSED_ON, "Enter the date you passed the SPI exam");
            return null;
        }
        try {
            return LocalDate.parse(spiDate);
        } catch (DateTimeParseException e) {
            errors.put(AnswerField.SPI_PASSED_ON,
                    "Enter the date you passed the SPI exam as year-month-day, for example 2025-06-01");
            return null;
        }
    }

    /**
     * A whole number, allowing thousands separators ("1,200"). Too-large numbers become {@code Integer.MAX_VALUE}
     * so the range check reports them with its own message.
     */
    public static Integer count(String text, AnswerField field, String noun, Map<AnswerField, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        if (WHOLE.matcher(digits).matches()) {
            try {
                return Integer.valueOf(digits);
            } catch (NumberFormatException tooLong) {
                return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
        }
        errors.put(field, FRACTION.matcher(text).matches()
                ? "Enter a whole number of " + noun + ", for example 12"
                : "Enter the number of " + noun + " in digits, for example 12");
        return null;
    }

    private static Boolean yesNo(String answer) {
        return switch (answer) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
