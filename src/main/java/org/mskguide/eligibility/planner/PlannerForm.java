package org.mskguide.eligibility.planner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mskguide.eligibility.AnswerField;
import org.mskguide.eligibility.AnswerValidator;
import org.mskguide.eligibility.Credential;
import org.mskguide.eligibility.InputLimits;
import org.mskguide.eligibility.SelfCheckForm;
import org.mskguide.protocol.ScanningLog;
import org.mskguide.web.FieldErrors;

/**
 * The planner's answers as typed: the pasted log, the application month and the optional monthly pace. An uploaded
 * file is passed to {@link #parse} separately (it cannot be shown again in a form) and, once read, travels on as the
 * pasted log, so the result URL carries everything and nothing is kept on the server.
 */
public record PlannerForm(String log, String applyIn, String perMonth, String plannedFor) {

    /** Field ids, also the form's parameter names. */
    public static final String LOG = "log";
    public static final String LOG_FILE = "logFile";
    public static final String APPLY_IN = "applyIn";
    public static final String PER_MONTH = "perMonth";
    /** Which credential the plan is for: {@code rmsk} (a count against its rule, the default) or {@code rmsks}. */
    public static final String FOR = "for";

    /** At most this many line problems are listed; the rest are counted. */
    static final int MAX_LISTED_PROBLEMS = 10;

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");

    public PlannerForm {
        log = log == null ? "" : log.strip();
        applyIn = applyIn == null ? "" : applyIn.strip();
        perMonth = perMonth == null ? "" : perMonth.strip();
        plannedFor = plannedFor == null ? "" : plannedFor.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A plan for the RMSK's count (the meaning of a planner address from before the credential routes). */
    public PlannerForm(String log, String applyIn, String perMonth) {
        this(log, applyIn, perMonth, "");
    }

    /**
     * The credential the plan is for: the RMSKS when asked ({@code for=rmsks}: a log with no target, since ARDMS
     * publishes no MSK study count for it that we could find), else the RMSK, whose rule is a count.
     */
    public Credential credential() {
        return "rmsks".equals(plannedFor) ? Credential.RMSKS : Credential.RMSK;
    }

    /** True for a log of MSK experience toward the RMSKS, with no target. */
    public boolean logOnly() {
        return credential() == Credential.RMSKS;
    }

    /** Reads the form from request parameters, e.g. {@code PlannerForm.from(uriInfo.getQueryParameters()::getFirst)}. */
    public static PlannerForm from(Function<String, String> param) {
        return new PlannerForm(param.apply(LOG), param.apply(APPLY_IN), param.apply(PER_MONTH), param.apply(FOR));
    }

    /** A usable request, or the problems by field. */
    public record Parsed(PlannerForm normalized, List<StudyMonth> log, YearMonth applyIn, Integer perMonth,
            FieldErrors errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads the form. {@code upload} is the uploaded CSV file's bytes, or null when no file was chosen.
     * On success, {@link Parsed#normalized()} holds the log as text, ready for the result URL.
     */
    public Parsed parse(byte[] upload, StudyLogParser parser, AnswerValidator validator, Clock clock) {
        FieldErrors errors = FieldErrors.none();
        List<StudyMonth> months = List.of();
        String logText = log;
        boolean hasFile = upload != null;
        if (hasFile && !log.isEmpty()) {
            errors.add(LOG_FILE, "Paste your study log or choose a file, not both");
        } else if (!hasFile && log.isEmpty()) {
            errors.add(LOG, "Paste your study log or choose a CSV file");
        } else {
            // A scanning log from /protocols/scanning-log.csv is counted per month; any other file is month,count rows.
            StudyLogParser.Result result = hasFile ? ScanningLog.readUpload(upload, parser) : parser.parsePasted(log);
            String field = hasFile ? LOG_FILE : LOG;
            List<String> problems = result.problems();
            problems.stream().limit(MAX_LISTED_PROBLEMS).forEach(p -> errors.add(field, p));
            if (problems.size() > MAX_LISTED_PROBLEMS) {
                errors.add(field, (problems.size() - MAX_LISTED_PROBLEMS) + " more lines have problems.");
            }
            if (result.valid()) {
                months = result.months();
                logText = result.asText();
            }
        }
        if (!plannedFor.isEmpty() && !plannedFor.equals("rmsk") && !plannedFor.equals("rmsks")) {
            errors.add(FOR, "Choose the RMSK or the RMSKS");
        }
        if (logOnly()) {
            // No window and no target for the RMSKS: the month and the pace would only invite a count.
            return new Parsed(new PlannerForm(logText, "", "", plannedFor), months, null, null, errors);
        }
        YearMonth month = applyMonth(errors, YearMonth.now(clock));
        Map<AnswerField, String> countErrors = new EnumMap<>(AnswerField.class);
        Integer pace = SelfCheckForm.count(perMonth, AnswerField.STUDIES_PER_MONTH, "studies a month", countErrors);
        if (!countErrors.isEmpty()) {
            errors.add(PER_MONTH, countErrors.values().iterator().next());
        } else {
            validator.check(AnswerField.STUDIES_PER_MONTH, pace).ifPresent(message -> errors.add(PER_MONTH, message));
        }
        return new Parsed(new PlannerForm(logText, applyIn, perMonth, plannedFor), months, month, pace, errors);
    }

    /** The answers as a URL query without the leading {@code ?}; empty answers are left out. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        add(query, FOR, plannedFor);
        add(query, APPLY_IN, applyIn);
        add(query, PER_MONTH, perMonth);
        add(query, LOG, log);
        return query.toString();
    }

    private YearMonth applyMonth(FieldErrors errors, YearMonth thisMonth) {
        if (applyIn.isEmpty()) {
            errors.add(APPLY_IN, "Enter the month you plan to apply, for example " + thisMonth.plusMonths(3));
            return null;
        }
        Matcher m = MONTH.matcher(applyIn);
        YearMonth month = null;
        if (m.matches()) {
            try {
                month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                month = null;
            }
        }
        if (month == null) {
            errors.add(APPLY_IN, "Enter the month as year-month, for example " + thisMonth.plusMonths(3));
        } else if (month.isBefore(InputLimits.earliestMonth())) {
            errors.add(APPLY_IN, "The application month must be in " + InputLimits.EARLIEST_YEAR + " or later");
            month = null;
        } else if (month.isAfter(thisMonth.plusYears(InputLimits.MAX_YEARS_AHEAD))) {
            errors.add(APPLY_IN, "Enter a month within the next " + InputLimits.MAX_YEARS_AHEAD + " years");
            month = null;
        }
        return month;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
