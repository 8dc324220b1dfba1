package org.mskguide.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mskguide.content.Content;
import org.mskguide.content.Page;
import org.mskguide.web.FieldErrors;
import org.mskguide.quiz.QuestionBank;
import org.mskguide.quiz.QuestionSelection;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /instructors/export}: the question bank for a learning platform. Without parameters, a small GET form; with
 * {@code format=moodle|qti|gift} and optionally {@code topic=<slug>} or {@code questions=<id>,...}, the download.
 * A bad format or selection gets the form back with a 400 and the problem next to its field, never a 500.
 * {@code /instructors/export/figures/<name>.svg} serves the pictures GIFT files link to. Templates:
 * {@code templates/ExportResource/}.
 */
@Path("/instructors/export")
public class ExportResource {

    public static final String FORMAT = "format";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ExportForm form, FieldErrors errors, List<Page> topics, PageMeta meta);
    }

    /** What the form shows back: the values sent, so a reader fixes them rather than typing again. */
    public record ExportForm(String format, String topic, String questions) {
    }

    @Inject
    QuestionBank bank;

    @Inject
    ExportItems items;

    @Inject
    Content content;

    @Inject
    Layout layout;

    @GET
    public Response export(@RestQuery String format, @RestQuery String topic, @RestQuery String questions) {
        ExportForm form = new ExportForm(format, topic, questions);
        if (format == null && topic == null && questions == null) {
            return page(Response.Status.OK, form, FieldErrors.none());
        }
        FieldErrors errors = FieldErrors.none();
        ExportFormat chosen = ExportFormat.parse(format).orElse(null);
        if (chosen == null) {
            errors.add(FORMAT, format == null || format.isBlank() ? "Choose a format: Moodle XML, QTI 1.2 or GIFT."
                    : "There is no format called '" + shorten(format) + "'. Choose Moodle XML, QTI 1.2 or GIFT.");
        }
        QuestionSelection selection = QuestionSelection.parse(bank, topic, questions, bank.questions().size());
        selection.errors().all().forEach(e -> errors.add(e.field(), e.message()));
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, form, errors);
        }
        List<ExportItem> list = items.of(selection.questions());
        String title = title(selection);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        switch (chosen) {
            case MOODLE -> MoodleXml.write(list, "MSK Ultrasound Guide", body);
            case QTI -> Qti12.writeZip(list, title, body);
            case GIFT -> body.writeBytes(Gift.write(list, items.figureBaseUrl()).getBytes(StandardCharsets.UTF_8));
        }
        return Response.ok(body.toByteArray(), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(selection.topic(), !selection.questions().equals(bank.questions()) && selection.topic() == null, chosen) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }

    @GET
    @Path("/figures/{file}")
    public Response figure(@RestPath String file) {
        if (!file.endsWith(".svg")) {
            throw new NotFoundException();
        }
        FigureFile figure = items.figureFile(file.substring(0, file.length() - 4), bank.questions());
        if (figure == null) {
            throw new NotFoundException();
        }
        return Response.ok(figure.bytes(), FigureFile.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .build();
    }

    /** e.g. {@code msk-guide-questions-shoulder-ultrasound.xml}; a list of questions is a "selection". */
    static String fileName(String topic, boolean list, ExportFormat format) {
        String which = topic != null ? "-" + topic : list ? "-selection" : "";
        return "msk-guide-questions" + which + (format == ExportFormat.QTI ? "-qti" : "") + "." + format.extension();
    }

    private String title(QuestionSelection selection) {
        if (selection.topic() != null) {
            return "MSK Ultrasound Guide: " + content.topic(selection.topic()).map(Page::title).orElse(selection.topic());
        }
        return selection.questions().size() == bank.questions().size() ? "MSK Ultrasound Guide: all questions"
                : "MSK Ultrasound Guide: selected questions";
    }

    private Response page(Response.Status status, ExportForm form, FieldErrors errors) {
        List<Page> topics = content.topics().stream().filter(t -> !bank.forTopic(t.slug()).isEmpty()).toList();
        PageMeta meta = layout.meta((errors.isEmpty() ? "" : "Error: ") + "Export quiz questions",
                "Download the quiz questions for Moodle, Canvas or another learning platform.", "/instructors/export",
                "instructors");
        return Response.status(status).entity(Templates.form(form, errors, topics, meta))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
