package org.mskguide.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.mskguide.web.Dates;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A mistake a reader reported: where (a topic and section, or a quiz question, as they were when it was sent), what is
 * wrong, and the optional source and contact. Never shown publicly: only the maintainers' list reads it.
 */
@Entity
@Table(name = "error_report")
public class ErrorReport extends PanacheEntity {

    static final int MAX_PLACE = 1200;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    /** The topic's slug; null for a report about the guide in general. */
    @Column(length = 100, updatable = false)
    public String topic;

    @Column(name = "section_id", length = 200, updatable = false)
    public String sectionId;

    @Column(name = "question_id", length = 100, updatable = false)
    public String questionId;

    /** The place as the sender saw it named (a question's text may change later). */
    @Column(nullable = false, length = MAX_PLACE, updatable = false)
    public String place;

    @Column(nullable = false, length = ReportForm.MAX_PROBLEM, updatable = false)
    public String problem;

    @Column(name = "source_text", length = ReportForm.MAX_SOURCE, updatable = false)
    public String sourceText;

    @Column(length = ReportForm.MAX_CONTACT, updatable = false)
    public String contact;

    /** Stores a checked form for a resolved place; the caller checked both. */
    public static ErrorReport store(ReportTarget target, ReportForm form, Instant now) {
        ErrorReport report = new ErrorReport();
        report.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        report.topic = target.topic();
        report.sectionId = target.section();
        report.questionId = target.questionId();
        String place = target.label();
        report.place = place.length() > MAX_PLACE ? place.substring(0, MAX_PLACE - 3) + "..." : place;
        report.problem = form.problem();
        report.sourceText = form.source();
        report.contact = form.contact();
        report.persist();
        return report;
    }

    /** Every report, newest first. */
    public static List<ErrorReport> newestFirst() {
        return list("order by receivedAt desc, id desc");
    }

    /** When it arrived, for people: {@code 7 December 2026, 23:40 UTC}. */
    public String receivedText() {
        ZonedDateTime at = receivedAt.atZone(ZoneOffset.UTC);
        return Dates.day(at.toLocalDate()) + String.format(Locale.ROOT, ", %02d:%02d UTC",
                at.getHour(), at.getMinute());
    }

    /** When it arrived, for a {@code datetime} attribute (HTML allows at most three digits of a second). */
    public String receivedIso() {
        return receivedAt.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The site path of the place, e.g. {@code /topics/knee-ultrasound#tendons}, or {@code /} for the guide in general. */
    public String href() {
        if (topic == null) {
            return "/";
        }
        return "/topics/" + topic + (sectionId == null ? "" : "#" + sectionId);
    }
}
