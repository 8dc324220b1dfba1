package org.mskguide.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads each export format back into plain records with DOM (XML) or a small GIFT reader, so tests compare what a
 * platform would import with the bank. The HTML fragments inside are XHTML: read with the same XML parser.
 */
final class ExportReader {

    /** A question as read back: its text, its choices in order, the feedback and the section link. */
    record Read(String id, String text, List<ReadChoice> choices, String feedback, String sectionHref, String imageSrc,
            String imageAlt, byte[] image) {
    }

    record ReadChoice(String text, boolean correct) {
    }

    private ExportReader() {
    }

    static List<Read> moodle(byte[] xml) {
        Element quiz = parse(new String(xml, StandardCharsets.UTF_8)).getDocumentElement();
        List<Read> out = new ArrayList<>();
        for (Element q : children(quiz, "question")) {
            if (!q.getAttribute("type").equals("multichoice")) {
                continue;
            }
            Element questionText = child(q, "questiontext");
            Element html = fragment(child(questionText, "text").getTextContent());
            Element file = child(questionText, "file");
            List<ReadChoice> choices = new ArrayList<>();
            for (Element a : children(q, "answer")) {
                choices.add(new ReadChoice(lines(fragment(child(a, "text").getTextContent())),
                        Double.parseDouble(a.getAttribute("fraction")) == 100));
            }
            Element feedback = fragment(child(child(q, "generalfeedback"), "text").getTextContent());
            Element img = first(html, "img");
            String src = img == null ? null : img.getAttribute("src");
            byte[] image = null;
            if (file != null) {
                if (!src.equals("@@PLUGINFILE@@/" + file.getAttribute("name"))) {
                    throw new AssertionError("image " + src + " is not the embedded file " + file.getAttribute("name"));
                }
                image = Base64.getDecoder().decode(file.getTextContent().strip());
            }
            out.add(new Read(child(child(q, "name"), "text").getTextContent(), lines(first(html, "p")), choices,
                    lines(first(feedback, "p")), first(feedback, "a").getAttribute("href"), src,
                    img == null ? null : img.getAttribute("alt"), image));
        }
        return out;
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The QTI package: checks the manifest lists the assessment and every file, then reads the items. */
    static List<Read> qti(byte[] zip) {
        Map<String, byte[]> files = unzip(zip);
        Element manifest = parse(new String(files.get(Qti12.MANIFEST), StandardCharsets.UTF_8)).getDocumentElement();
        List<String> listed = new ArrayList<>();
        NodeList fileNodes = manifest.getElementsByTagNameNS(Qti12.CP_NS, "file");
        for (int i = 0; i < fileNodes.getLength(); i++) {
            listed.add(((Element) fileNodes.item(i)).getAttribute("href"));
        }
        if (!new java.util.HashSet<>(listed).equals(files.keySet().stream().filter(f -> !f.equals(Qti12.MANIFEST))
                .collect(java.util.stream.Collectors.toSet()))) {
            throw new AssertionError("manifest lists " + listed + " but the zip holds " + files.keySet());
        }
        Element root = parse(new String(files.get(Qti12.ASSESSMENT), StandardCharsets.UTF_8)).getDocumentElement();
        List<Read> out = new ArrayList<>();
        NodeList items = root.getElementsByTagNameNS(Qti12.QTI_NS, "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Element presentation = first(item, "presentation");
            Element html = fragment(child(child(presentation, "material"), "mattext").getTextContent());
            String right = first(item, "varequal").getTextContent();
            List<ReadChoice> choices = new ArrayList<>();
            NodeList labels = item.getElementsByTagNameNS(Qti12.QTI_NS, "response_label");
            for (int j = 0; j < labels.getLength(); j++) {
                Element label = (Element) labels.item(j);
                choices.add(new ReadChoice(lines(fragment(first(label, "mattext").getTextContent())),
                        label.getAttribute("ident").equals(right)));
            }
            Element feedbackBlock = first(item, "itemfeedback");
            Element feedback = fragment(first(feedbackBlock, "mattext").getTextContent());
            Element img = first(html, "img");
            String src = img == null ? null : img.getAttribute("src");
            out.add(new Read(item.getAttribute("ident"), lines(first(html, "p")), choices, lines(first(feedback, "p")),
                    first(feedback, "a").getAttribute("href"), src, img == null ? null : img.getAttribute("alt"),
                    src == null ? null : files.get(src)));
        }
        return out;
    }

    /** A small GIFT reader: {@code ::name::[html]text {=right ~wrong ####feedback}}, honouring backslash escapes. */
    static List<Read> gift(String gift) {
        List<Read> out = new ArrayList<>();
        int i = 0;
        while ((i = find(gift, "::", i)) >= 0) {
            int nameEnd = find(gift, "::", i + 2);
            String name = unescape(gift.substring(i + 2, nameEnd));
            int open = find(gift, "{", nameEnd + 2);
            String text = gift.substring(nameEnd + 2, open).strip();
            if (!text.startsWith("[html]")) {
                throw new AssertionError("question " + name + " is not marked [html]");
            }
            int close = find(gift, "}", open);
            String body = gift.substring(open + 1, close);
            int fb = find(body, "####", 0);
            List<ReadChoice> choices = new ArrayList<>();
            String answers = body.substring(0, fb);
            int a = nextAnswer(answers, 0);
            while (a >= 0) {
                int next = nextAnswer(answers, a + 1);
                String raw = answers.substring(a + 1, next < 0 ? answers.length() : next).strip();
                choices.add(new ReadChoice(lines(fragment(unescape(raw))), answers.charAt(a) == '='));
                a = next;
            }
            Element html = fragment(unescape(text.substring("[html]".length())));
            Element feedback = fragment(unescape(body.substring(fb + 4).strip()));
            Element img = first(html, "img");
            out.add(new Read(name, lines(first(html, "p")), choices, lines(first(feedback, "p")),
                    first(feedback, "a").getAttribute("href"), img == null ? null : img.getAttribute("src"),
                    img == null ? null : img.getAttribute("alt"), null));
            i = close + 1;
        }
        return out;
    }

    /**
     * GIFT's per-question comments, read as Moodle's GIFT import reads them: by question name, the ID number in the
     * {@code // [id:...]} line and every other comment line just before it.
     */
    record GiftComments(String idNumber, List<String> notes) {
    }

    static Map<String, GiftComments> giftComments(String gift) {
        Map<String, GiftComments> out = new LinkedHashMap<>();
        String id = null;
        List<String> notes = new ArrayList<>();
        for (String line : gift.split("\n")) {
            if (line.startsWith("// [id:") && line.endsWith("]")) {
                id = line.substring("// [id:".length(), line.length() - 1);
            } else if (line.startsWith("//")) {
                notes.add(line);
            } else if (line.startsWith("::")) {
                out.put(unescape(line.substring(2, find(line, "::", 2))), new GiftComments(id, List.copyOf(notes)));
                id = null;
                notes.clear();
            } else {
                // A blank line ends a block (GIFT's question separator); a category line is a block of its own.
                id = null;
                notes.clear();
            }
        }
        return out;
    }

    /** The category lines of a GIFT file, e.g. {@code top/Guide/topic-a}. */
    static List<String> giftCategories(String gift) {
        return gift.lines().filter(l -> l.startsWith("$CATEGORY: ")).map(l -> l.substring("$CATEGORY: ".length())).toList();
    }

    /** The category paths of a Moodle XML file, in order. */
    static List<String> moodleCategories(byte[] xml) {
        Element quiz = parse(new String(xml, StandardCharsets.UTF_8)).getDocumentElement();
        return children(quiz, "question").stream().filter(q -> q.getAttribute("type").equals("category"))
                .map(q -> child(child(q, "category"), "text").getTextContent()).toList();
    }

    /** The ID number Moodle gives each question of a Moodle XML file, by name. */
    static Map<String, String> moodleIdNumbers(byte[] xml) {
        Element quiz = parse(new String(xml, StandardCharsets.UTF_8)).getDocumentElement();
        Map<String, String> out = new LinkedHashMap<>();
        children(quiz, "question").stream().filter(q -> q.getAttribute("type").equals("multichoice"))
                .forEach(q -> out.put(child(child(q, "name"), "text").getTextContent(), child(q, "idnumber").getTextContent()));
        return out;
    }

    /** The identifiers a platform keys a QTI import by: the manifest's, the resource's and the assessment's. */
    static List<String> qtiIdentifiers(byte[] zip) {
        Map<String, byte[]> files = unzip(zip);
        Element manifest = parse(new String(files.get(Qti12.MANIFEST), StandardCharsets.UTF_8)).getDocumentElement();
        Element resource = (Element) manifest.getElementsByTagNameNS(Qti12.CP_NS, "resource").item(0);
        Element root = parse(new String(files.get(Qti12.ASSESSMENT), StandardCharsets.UTF_8)).getDocumentElement();
        Element assessment = (Element) root.getElementsByTagNameNS(Qti12.QTI_NS, "assessment").item(0);
        return List.of(manifest.getAttribute("identifier"), resource.getAttribute("identifier"),
                assessment.getAttribute("ident"));
    }

    private static int nextAnswer(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                return i;
            }
        }
        return -1;
    }

    /** The next occurrence of {@code token} that is not escaped, or -1. */
    private static int find(String s, String token, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** An HTML fragment from an export, parsed as XML inside a wrapper. */
    static Element fragment(String html) {
        return parse("<div>" + html + "</div>").getDocumentElement();
    }

    /** The text of an element with each {@code <br/>} read as a line break. */
    static String lines(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && child.getLocalName().equals("br")) {
                b.append('\n');
            } else if (n instanceof Element child) {
                b.append(lines(child));
            } else {
                b.append(n.getTextContent());
            }
        }
        return b.toString();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element first(Element parent, String name) {
        if (name == null) {
            return null;
        }
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
