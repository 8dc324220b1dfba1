package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mskguide.browser.Browser;
import org.mskguide.browser.Toolchain;
import org.openqa.selenium.print.PrintOptions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lab sheets printed to PDF by Chromium and read back with PDFBox: each joint's sign-off sheet fits one page
 * with the title on it (no empty first page), every row whole on one page, and no site header or footer; the
 * scanning log is one page too. The PDFs stay under {@code target/print/} for a person to look at.
 */
@QuarkusTest
class SignOffPdfTest {

    private static final Browser.Lazy BROWSER = new Browser.Lazy();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Protocols protocols;

    @AfterAll
    static void stopBrowser() {
        BROWSER.close();
    }

    @Test
    void eachSignOffSheetPrintsOnOnePageWithEveryRowWhole() {
        for (Protocol p : protocols.all()) {
            List<String> pages = print(p.signOffPath(), "sign-off-" + p.joint() + ".pdf");

            assertThat(pages).as(p.joint() + ": one page per joint").hasSize(1);
            String page = flat(pages.get(0));
            assertThat(page).as(p.joint()).contains(flat("Lab sign-off sheet: " + p.shortName()), "Learner's name",
                    "Supervisor's signature");
            for (ProtocolView v : p.views()) {
                // The row's first and last words on the same page: the row was not split.
                assertThat(page).as(v.id()).contains(flat(v.title()), flat(v.structures().get(0)));
            }
            assertThat(page).doesNotContain("Skip to main content", "Eligibility check", "download it as CSV");
        }
    }

    @Test
    void theScanningLogPrintsOnOnePage() {
        List<String> pages = print(ProtocolResource.SCANNING_LOG, "scanning-log.pdf");

        assertThat(pages).hasSize(1);
        assertThat(flat(pages.get(0))).contains("My own scanning log", "Supervised (yes or no)");
    }

    private List<String> print(String path, String file) {
        Browser browser = BROWSER.get();
        browser.driver().get(root.toString().replaceFirst("/$", "") + path);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent());
        try {
            Path out = Toolchain.TARGET.resolve("print");
            Files.createDirectories(out);
            Files.write(out.resolve(file), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(doc));
                }
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
