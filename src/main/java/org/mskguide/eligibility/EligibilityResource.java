package org.mskguide.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mskguide.eligibility.planner.PlanChart;
import org.mskguide.eligibility.planner.PlannerForm;
import org.mskguide.eligibility.planner.PlannerHelp;
import org.mskguide.eligibility.planner.StudyLog;
import org.mskguide.eligibility.planner.StudyLogParser;
import org.mskguide.eligibility.planner.StudyPlan;
import org.mskguide.eligibility.planner.StudyPlanner;
import org.mskguide.web.AppRoutes;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The credential route finder and self-check ({@code /eligibility}: start page with the route finder, the route,
 * questions, result) and the study-count planner ({@code /eligibility/planner}). Answers travel in the result's URL;
 * nothing the reader types is stored.
 * Templates: {@code templates/EligibilityResource/}.
 */
// Every GET here is pure computation on the answers in the URL (no database, no files), so it runs on
// the event loop without a hop to a worker thread.
@Path(AppRoutes.ELIGIBILITY)
public class EligibilityResource {

    static final String SECTION = "eligibility";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String chosen, FieldErrors errors, List<Profession> professions,
                PageMeta meta);

        static native TemplateInstance route(CredentialRoute route, PageMeta meta);

        static native TemplateInstance questions(SelfCheckForm form, FieldErrors errors, Questions q,
                CredentialRoute route, List<Profession> professions, List<PrerequisiteChoice> choices, PageMeta meta);

        static native TemplateInstance result(Verdict verdict, SelfCheckTimeline timeline,
                List<Questions.AnswerRow> answers, String resultUrl, PageMeta meta);

        static native TemplateInstance planner(PlannerForm form, FieldErrors errors, PlannerHelp help, PageMeta meta);

        static native TemplateInstance plan(StudyPlan plan, String chart, PlannerForm form, PageMeta meta);

        static native TemplateInstance log(StudyLog log, PlannerForm form, PageMeta meta);
    }

    @Inject
    CredentialRules rules;

    @Inject
    SelfChecker checker;

    @Inject
    RouteFinder routes;

    @Inject
    AnswerValidator validator;

    @Inject
    StudyLogParser logParser;

    @Inject
    StudyPlanner planner;

    @Inject
    EligibilityClock today;

    @Inject
    Layout layout;

    /** The start page: what the check does, and the route finder's one question. */
    @GET
    @NonBlocking
    public TemplateInstance start(@Context UriInfo uri) {
        String chosen = uri.getQueryParameters().getFirst(AnswerField.PROFESSION.formName());
        return Templates.start(chosen == null ? "" : chosen, FieldErrors.none(), List.of(Profession.values()),
                layout.meta("Which MSK credential, and are you ready?", "Find the MSK ultrasound credential that fits"
                        + " your profession (RMSKS, RMSK or RhMSUS), then check its rules. Nothing is stored.",
                        AppRoutes.ELIGIBILITY, SECTION));
    }

    /** The route finder's answer: the credential that fits a profession, with reasons and the next step. */
    @GET
    @NonBlocking
    @Path("/route")
    public Response route(@Context UriInfo uri) {
        String chosen = uri.getQueryParameters().getFirst(AnswerField.PROFESSION.formName());
        Profession profession = Profession.fromCode(chosen).orElse(null);
        if (profession == null) {
            return html(Response.Status.BAD_REQUEST, startWithError(chosen));
        }
        CredentialRoute route = routes.route(profession);
        PageMeta meta = layout.meta("Your MSK credential: " + route.names(), "The MSK ultrasound credential that fits a "
                + profession.label() + ", why, and what to do next.", AppRoutes.ELIGIBILITY_ROUTE, SECTION);
        return html(Response.Status.OK, Templates.route(route, meta));
    }

    /** The questions for the reader's credential, filled in from the URL when they come back to change an answer. */
    @GET
    @NonBlocking
    @Path("/questions")
    public TemplateInstance questions(@Context UriInfo uri) {
        SelfCheckForm form = SelfCheckForm.from(uri.getQueryParameters()::getFirst);
        return questionsPage(form, FieldErrors.none());
    }

    /** The result of a GET form: valid answers give the result page; otherwise the questions again, with messages. */
    @GET
    @NonBlocking
    @Path("/result")
    public Response result(@Context UriInfo uri) {
        SelfCheckForm form = SelfCheckForm.from(uri.getQueryParameters()::getFirst);
        SelfCheckForm.Parsed parsed = form.parse(validator, routes);
        if (!parsed.valid()) {
            FieldErrors errors = FieldErrors.none();
            parsed.errors().forEach((field, message) -> errors.add(field.formName(), message));
            return html(Response.Status.BAD_REQUEST, questionsPage(form, errors));
        }
        Verdict verdict = checker.check(parsed.answers());
        String url = AppRoutes.ELIGIBILITY_RESULT + "?" + form.query();
        PageMeta meta = layout.privateMeta("Your self-check result: " + verdict.route().names(),
                "The MSK credential that fits you and how you stand against its published rules.",
                AppRoutes.ELIGIBILITY_RESULT, SECTION);
        SelfCheckTimeline timeline = SelfCheckTimeline.of(verdict, rules).orElse(null);
        return html(Response.Status.OK, Templates.result(verdict, timeline,
                Questions.of(rules, verdict.route().profession()).summary(form, verdict.route()), url, meta));
    }

    /** The planner form, filled in from the URL when the reader comes back from a plan to change it. */
    @GET
    @NonBlocking
    @Path("/planner")
    public Response planner(@Context UriInfo uri) {
        PlannerForm form = PlannerForm.from(uri.getQueryParameters()::getFirst);
        return html(Response.Status.OK, plannerPage(form, FieldErrors.none()));
    }

    /**
     * The planner form (multipart, for the optional CSV file). A valid log is redirected to the result URL, which
     * carries the log as text. Quarkus holds an uploaded file in a temporary file that it deletes when the request
     * ends ({@code quarkus.http.body.delete-uploaded-files-on-end}); we only read it and keep nothing.
     */
    @POST
    @Path("/planner")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response planSubmit(@RestForm String log, @RestForm(PlannerForm.LOG_FILE) FileUpload logFile,
            @RestForm String applyIn, @RestForm String perMonth, @RestForm(PlannerForm.FOR) String plannedFor) {
        PlannerForm form = new PlannerForm(log, applyIn, perMonth, plannedFor);
        PlannerForm.Parsed parsed = form.parse(read(logFile), logParser, validator, today.getClock());
        if (!parsed.valid()) {
            return html(Response.Status.BAD_REQUEST, plannerPage(form, parsed.errors()));
        }
        return Response.seeOther(URI.create(AppRoutes.ELIGIBILITY_PLAN + "?" + parsed.normalized().query()))
                .build();
    }

    @GET
    @NonBlocking
    @Path("/planner/result")
    public Response plan(@Context UriInfo uri) {
        PlannerForm form = PlannerForm.from(uri.getQueryParameters()::getFirst);
        PlannerForm.Parsed parsed = form.parse(null, logParser, validator, today.getClock());
        if (!parsed.valid()) {
            return html(Response.Status.BAD_REQUEST, plannerPage(form, parsed.errors()));
        }
        if (parsed.normalized().logOnly()) {
            PageMeta meta = layout.privateMeta("Your MSK study log", "Your logged MSK studies month by month, for the"
                    + " RMSKS, with no target.", AppRoutes.ELIGIBILITY_PLAN, SECTION);
            return html(Response.Status.OK, Templates.log(StudyLog.of(parsed.log()), parsed.normalized(), meta));
        }
        StudyPlan plan = planner.plan(parsed.log(), parsed.applyIn(), parsed.perMonth());
        PageMeta meta = layout.privateMeta("Your study-count plan",
                "Which logged MSK studies count for your application month, and when you could reach the minimum.",
                AppRoutes.ELIGIBILITY_PLAN, SECTION);
        return html(Response.Status.OK, Templates.plan(plan, PlanChart.svg(plan), parsed.normalized(), meta));
    }

    private TemplateInstance questionsPage(SelfCheckForm form, FieldErrors errors) {
        String title = (errors.isEmpty() ? "" : "Error: ") + "Your answers";
        Profession profession = form.chosenProfession().orElse(null);
        CredentialRoute route = profession == null ? null : routes.route(profession);
        String description = "The self-check questions for your MSK credential.";
        PageMeta meta = errors.isEmpty()
                ? layout.meta(title, description, AppRoutes.ELIGIBILITY_QUESTIONS, SECTION)
                : layout.privateMeta(title, description, AppRoutes.ELIGIBILITY_QUESTIONS, SECTION);
        return Templates.questions(form, errors, Questions.of(rules, profession), route,
                List.of(Profession.values()), List.of(PrerequisiteChoice.values()), meta);
    }

    private TemplateInstance startWithError(String chosen) {
        FieldErrors errors = FieldErrors.none();
        errors.add(AnswerField.PROFESSION.formName(), "Choose what best describes you");
        return Templates.start(chosen == null ? "" : chosen, errors, List.of(Profession.values()),
                layout.privateMeta("Error: Which MSK credential, and are you ready?", "Find the MSK ultrasound"
                        + " credential that fits your profession.", AppRoutes.ELIGIBILITY, SECTION));
    }

    private TemplateInstance plannerPage(PlannerForm form, FieldErrors errors) {
        String title = (errors.isEmpty() ? "" : "Error: ") + "Plan your MSK study count";
        String description = "Paste or upload your monthly MSK study counts to see which count for your application"
                + " month and when you could reach the minimum. Nothing is stored.";
        PageMeta meta = errors.isEmpty() && form.log().isEmpty()
                ? layout.meta(title, description, AppRoutes.ELIGIBILITY_PLANNER, SECTION)
                : layout.privateMeta(title, description, AppRoutes.ELIGIBILITY_PLANNER, SECTION);
        return Templates.planner(form, errors, PlannerHelp.standard(), meta);
    }

    /**
     * The uploaded file's bytes (at most one byte over the limit, so an oversized file is reported, not read), or
     * null when no file was chosen. Failing to read our own temporary file is our fault: it leaves as an unchecked
     * exception (a 500), never as the checked IOException that means the client's body was unreadable.
     */
    private static byte[] read(FileUpload upload) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank() && upload.size() == 0) {
            return null;
        }
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            return in.readNBytes(InputLimits.MAX_LOG_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Quarkus deletes it when the request ends; deleting it now means it is gone before we answer.
            try {
                Files.deleteIfExists(upload.uploadedFile());
            } catch (IOException e) {
                // Quarkus deletes it at the end of the request anyway (delete-uploaded-files-on-end).
            }
        }
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
