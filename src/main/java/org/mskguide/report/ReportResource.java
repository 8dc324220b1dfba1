package org.mskguide.report;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;
import org.mskguide.web.SiteConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "Report a mistake": the form every topic section and quiz question links to ({@code /report?page=...&section=...} or
 * {@code /report?question=...}), Post/Redirect/Get to a thank-you page, and the maintainers' private list of reports
 * with its CSV ({@code /report/received?key=...}). Works with JavaScript off. Reports are never shown publicly; a
 * wrong, malformed or missing key gets exactly the answer an unconfigured list gets. POSTs pass the site's rate
 * limit (web/RateLimiter) and CSRF check like every form. Templates: {@code templates/ReportResource/}.
 */
@Path(ReportResource.FORM)
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ReportTarget target, ReportForm form, FieldErrors errors, PageMeta meta);

        static native TemplateInstance unknownPlace(PageMeta meta);

        static native TemplateInstance thanks(ReportTarget target, PageMeta meta);

        static native TemplateInstance received(List<ErrorReport> reports, String csvHref, PageMeta meta);

        static native TemplateInstance notFound(PageMeta meta);
    }

    static final String FORM = "/report";
    static final String THANKS = FORM + "/thanks";
    static final String RECEIVED = FORM + "/received";
    private static final String NO_STORE = "no-store";

    @Inject
    Content content;

    @Inject
    QuestionBank bank;

    @Inject
    Layout layout;

    @Inject
    SiteConfig site;

    @Inject
    MaintainerKey maintainerKey;

    Clock clock = Clock.systemUTC();

    @GET
    public Response form(@RestQuery("page") String page, @RestQuery("section") String section,
            @RestQuery("question") String question) {
        return ReportTarget.resolve(content, bank, page, section, question)
                .map(target -> form(Response.Status.OK, target, ReportForm.blank(), FieldErrors.none()))
                .orElseGet(() -> unknownPlace(Response.Status.NOT_FOUND));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(MultivaluedMap<String, String> fields) {
        Optional<ReportTarget> target = ReportTarget.resolve(content, bank, fields.getFirst("page"),
                fields.getFirst("section"), fields.getFirst("question"));
        if (target.isEmpty()) {
            return unknownPlace(Response.Status.BAD_REQUEST);
        }
        ReportForm form = ReportForm.of(fields.getFirst(ReportForm.PROBLEM), fields.getFirst(ReportForm.SOURCE),
                fields.getFirst(ReportForm.CONTACT), fields.getFirst(ReportForm.WEBSITE));
        FieldErrors errors = form.check();
        if (!errors.isEmpty()) {
            return form(Response.Status.BAD_REQUEST, target.get(), form, errors);
        }
        ErrorReport.store(target.get(), form, clock.instant());
        String query = target.get().query();
        return Response.seeOther(URI.create(THANKS + (query.isEmpty() ? "" : "?" + query))).build();
    }

    @GET
    @Path("/thanks")
    public Response thanks(@RestQuery("page") String page, @RestQuery("section") String section,
            @RestQuery("question") String question) {
        // The place only offers the way back; an address edited by hand still gets its thanks.
        ReportTarget target = ReportTarget.resolve(content, bank, page, section, question).orElse(ReportTarget.GENERAL);
        return noStore(Response.ok(Templates.thanks(target, layout.privateMeta("Thank you for your report",
                "Your report reached the people who maintain the guide.", THANKS, section(target))))).build();
    }

    @GET
    @Path("/received")
    @Transactional
    public Response received(@RestQuery("key") String key) {
        if (!maintainerKey.admits(key)) {
            return notFound();
        }
        // The key is already in this page's address; the CSV link repeats it so the file opens from the page.
        return privatePage(Templates.received(ErrorReport.newestFirst(), RECEIVED + ".csv?key=" + key,
                layout.privateMeta("Reported mistakes", "The mistakes readers reported.", RECEIVED, "")));
    }

    @GET
    @Path("/received.csv")
    @Transactional
    public Response receivedCsv(@RestQuery("key") String key) {
        if (!maintainerKey.admits(key)) {
            return notFound();
        }
        List<ReportCsv.Row> rows = ErrorReport.newestFirst().stream()
                .map(r -> new ReportCsv.Row(DateTimeFormatter.ISO_INSTANT.format(r.receivedAt.atOffset(ZoneOffset.UTC)),
                        r.place, r.href(), r.topic, r.sectionId, r.questionId, r.problem, r.sourceText, r.contact))
                .toList();
        return noStore(Response.ok(ReportCsv.write(rows, site.baseUrl()), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reported-mistakes.csv\""))
                .header("Referrer-Policy", "no-referrer").build();
    }

    /** One answer for "no key", "wrong key", "malformed key" and "no key configured": same status, same body. */
    private Response notFound() {
        return noStore(Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(layout.privateMeta(
                "Nothing at this address", "Nothing at this address.", RECEIVED, "")))).build();
    }

    private Response form(Response.Status status, ReportTarget target, ReportForm form, FieldErrors errors) {
        String title = (errors.isEmpty() ? "" : "Error: ") + "Report a mistake";
        return noStore(Response.status(status).entity(Templates.form(target, form, errors, layout.privateMeta(title,
                "Tell the people who maintain the guide about a mistake.", FORM, section(target))))).build();
    }

    private Response unknownPlace(Response.Status status) {
        return noStore(Response.status(status).entity(Templates.unknownPlace(layout.privateMeta(
                "We could not find that page or question", "We could not find that page or question.", FORM, ""))))
                .build();
    }

    /** The navigation item to mark: the quiz for a question, the topics for a topic page. */
    private static String section(ReportTarget target) {
        return target.isQuestion() ? "quiz" : target.topic() != null ? "topics" : "";
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        // A form holds a CSRF token and the sender's words: never cache it anywhere.
        return response.header(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }

    private static Response privatePage(TemplateInstance page) {
        // The address holds the key: never cache it, and never send it on as a referrer.
        return noStore(Response.ok(page)).header("Referrer-Policy", "no-referrer").build();
    }
}
