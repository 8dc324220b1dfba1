package org.mskguide.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mskguide.content.ContentLicence;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The licences are stated wherever the content leaves the site: the about page (both licences, and why), the three
 * export formats (a notice in each file, and QTI's assessment metadata), the printed handouts and quiz, and the code's
 * LICENSE file.
 */
@QuarkusTest
class LicencesStatedTest {

    static final ContentLicence CC = ContentLicence.CONTENT;

    @Test
    void theAboutPageStatesBothLicencesAndWhoStandsBehindTheGuide() {
        Document about = Jsoup.parse(given().get("/about").asString());

        assertThat(about.select("a[href=" + CC.url() + "]")).isNotEmpty();
        assertThat(about.getElementById("licences")).isNotNull();
        assertThat(about.text()).contains(CC.shortName(), "MIT licence", "We chose CC BY 4.0 because");
        assertThat(about.getElementById("who-writes-and-checks-this-guide")).isNotNull();
        assertThat(about.select("a[href=/report]")).isNotEmpty();
    }

    @Test
    void everyExportFormatCarriesTheNotice() throws IOException {
        String moodle = given().get("/instructors/export?format=moodle").asString();
        assertThat(moodle).contains("<!-- " + CC.notice() + " -->");

        String gift = given().get("/instructors/export?format=gift").asString();
        assertThat(gift.lines().limit(3)).contains("// " + CC.notice());

        byte[] zip = given().get("/instructors/export?format=qti").asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("imsmanifest.xml")).contains(CC.notice());
        Document assessment = Jsoup.parse(files.get("msk-guide-questions.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Map<String, String> metadata = new HashMap<>();
        assessment.select("assessment > qtimetadata qtimetadatafield").forEach(f -> metadata.put(
                f.selectFirst("fieldlabel").text(), f.selectFirst("fieldentry").text()));
        assertThat(metadata).containsEntry("license", CC.shortName()).containsEntry("license_url", CC.url())
                .containsEntry("attribution", CC.notice());
    }

    @Test
    void printedHandoutsAndQuizzesCarryTheLicence() {
        for (String path : new String[] { "/print/topics", "/print/quiz?topic=knee-ultrasound" }) {
            Document page = Jsoup.parse(given().get(path).asString());
            assertThat(page.select(".handout-licence").text()).as(path).contains(CC.name(), CC.shortName(), CC.url());
        }
    }

    @Test
    void theCodeHasItsLicenceFile() throws IOException {
        String licence = Files.readString(Path.of("LICENSE"));
        assertThat(licence).startsWith("MIT License").contains(CC.url());
    }
}
