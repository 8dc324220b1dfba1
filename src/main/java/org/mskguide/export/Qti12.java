package org.mskguide.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mskguide.content.ContentLicence;
import org.mskguide.quiz.Choice;
import org.mskguide.quiz.Question;

/**
 * A QTI 1.2 content package, the question format Canvas imports ("QTI .zip file"): a zip holding
 * {@code imsmanifest.xml}, one assessment file ({@link #ASSESSMENT}) and the pictures under {@code figures/}, each
 * listed in the manifest. Every item is a single-answer multiple choice question ({@code response_lid}, cardinality
 * Single) whose right choice sets SCORE to 100, with the explanation and the section link as general feedback.
 * Usage: {@code Qti12.writeZip(items, "MSK Ultrasound Guide: all questions", out)}.
 */
public final class Qti12 {

    public static final String MANIFEST = "imsmanifest.xml";
    public static final String ASSESSMENT = "msk-guide-questions.xml";
    public static final String FIGURES = "figures/";
    public static final String QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    public static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String RESPONSE = "response1";
    static final String FEEDBACK = "general_fb";

    private Qti12() {
    }

    public static void writeZip(List<ExportItem> items, String title, OutputStream out) {
        String ident = identifier(items, title);
        Map<String, FigureFile> figures = new LinkedHashMap<>();
        items.stream().map(ExportItem::figure).filter(f -> f != null).forEach(f -> figures.putIfAbsent(f.fileName(), f));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest(ident, figures.keySet(), zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(ASSESSMENT));
            assessment(ident, items, title, zip);
            zip.closeEntry();
            for (FigureFile figure : figures.values()) {
                zip.putNextEntry(new ZipEntry(FIGURES + figure.fileName()));
                zip.write(figure.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XMLStreamWriter start(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeComment(" " + ContentLicence.CONTENT.notice() + " ");
        w.writeCharacters("\n");
        return w;
    }

    /** Writes one XML file of the package; the end of the document closes every element still open. */
    private static void document(OutputStream out, String what, XmlBody body) {
        try {
            XMLStreamWriter w = start(out);
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the QTI " + what, e);
        }
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /**
     * The package's own identifier, e.g. {@code msk-guide-3f9a0c1b2d4e}: a hash of the title and the question ids. A
     * platform treats a second import with the same identifier as the same quiz (Canvas updates it), so two different
     * exports must never share one; the same export imported again keeps its identity.
     */
    static String identifier(List<ExportItem> items, String title) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            items.forEach(i -> sha.update(("\n" + i.question().id()).getBytes(StandardCharsets.UTF_8)));
            return "msk-guide-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void manifest(String ident, Iterable<String> figureFiles, OutputStream out) {
        document(out, "manifest", w -> {
            w.writeStartElement("manifest");
            w.writeDefaultNamespace(CP_NS);
            w.writeAttribute("identifier", ident + "-package");
            w.writeStartElement("metadata");
            text(w, "schema", "IMS Content");
            text(w, "schemaversion", "1.1.3");
            w.writeEndElement();
            w.writeEmptyElement("organizations");
            w.writeStartElement("resources");
            w.writeStartElement("resource");
            w.writeAttribute("identifier", ident + "-resource");
            w.writeAttribute("type", "imsqti_xmlv1p2");
            w.writeAttribute("href", ASSESSMENT);
            w.writeEmptyElement("file");
            w.writeAttribute("href", ASSESSMENT);
            for (String file : figureFiles) {
                w.writeEmptyElement("file");
                w.writeAttribute("href", FIGURES + file);
            }
        });
    }

    private static void assessment(String ident, List<ExportItem> items, String title, OutputStream out) {
        document(out, "assessment", w -> {
            w.writeStartElement("questestinterop");
            w.writeDefaultNamespace(QTI_NS);
            w.writeStartElement("assessment");
            w.writeAttribute("ident", ident);
            w.writeAttribute("title", title);
            // The licence as assessment metadata too, where a platform that keeps metadata will keep it.
            w.writeStartElement("qtimetadata");
            field(w, "license", ContentLicence.CONTENT.shortName());
            field(w, "license_url", ContentLicence.CONTENT.url());
            field(w, "attribution", ContentLicence.CONTENT.notice());
            w.writeEndElement();
            w.writeStartElement("section");
            w.writeAttribute("ident", "root_section");
            for (ExportItem item : items) {
                item(w, item);
            }
        });
    }

    private static void item(XMLStreamWriter w, ExportItem item) throws XMLStreamException {
        Question q = item.question();
        FigureFile figure = item.figure();
        w.writeCharacters("\n");
        w.writeStartElement("item");
        w.writeAttribute("ident", q.id());
        w.writeAttribute("title", q.id());
        w.writeStartElement("itemmetadata");
        w.writeStartElement("qtimetadata");
        field(w, "question_type", "multiple_choice_question");
        field(w, "points_possible", "1");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("presentation");
        material(w, HtmlFragment.question(q.text(), figure == null ? null : FIGURES + figure.fileName(),
                figure == null ? null : figure.alt()));
        w.writeStartElement("response_lid");
        w.writeAttribute("ident", RESPONSE);
        w.writeAttribute("rcardinality", "Single");
        w.writeStartElement("render_choice");
        w.writeAttribute("shuffle", q.lettered() ? "No" : "Yes");
        for (Choice choice : q.choices()) {
            w.writeStartElement("response_label");
            w.writeAttribute("ident", choice.id());
            material(w, HtmlFragment.text(choice.text()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("resprocessing");
        w.writeStartElement("outcomes");
        w.writeEmptyElement("decvar");
        w.writeAttribute("maxvalue", "100");
        w.writeAttribute("minvalue", "0");
        w.writeAttribute("varname", "SCORE");
        w.writeAttribute("vartype", "Decimal");
        w.writeEndElement();
        // Show the general feedback whatever the answer, then score the right one.
        w.writeStartElement("respcondition");
        w.writeAttribute("continue", "Yes");
        w.writeStartElement("conditionvar");
        w.writeEmptyElement("other");
        w.writeEndElement();
        w.writeEmptyElement("displayfeedback");
        w.writeAttribute("feedbacktype", "Response");
        w.writeAttribute("linkrefid", FEEDBACK);
        w.writeEndElement();
        w.writeStartElement("respcondition");
        w.writeAttribute("continue", "No");
        w.writeStartElement("conditionvar");
        w.writeStartElement("varequal");
        w.writeAttribute("respident", RESPONSE);
        w.writeCharacters(q.correctChoice().id());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("setvar");
        w.writeAttribute("action", "Set");
        w.writeAttribute("varname", "SCORE");
        w.writeCharacters("100");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("itemfeedback");
        w.writeAttribute("ident", FEEDBACK);
        w.writeStartElement("flow_mat");
        material(w, HtmlFragment.feedback(item));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void material(XMLStreamWriter w, String html) throws XMLStreamException {
        w.writeStartElement("material");
        w.writeStartElement("mattext");
        w.writeAttribute("texttype", "text/html");
        w.writeCharacters(html);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void field(XMLStreamWriter w, String label, String entry) throws XMLStreamException {
        w.writeStartElement("qtimetadatafield");
        text(w, "fieldlabel", label);
        text(w, "fieldentry", entry);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
