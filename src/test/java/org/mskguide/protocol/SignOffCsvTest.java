package org.mskguide.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mskguide.content.ContentLoader;
import org.mskguide.web.AppRoutes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/** A spreadsheet reading the sign-off CSV gets a header and then exactly one row per view, in order. */
class SignOffCsvTest {

    @Test
    void oneRowPerViewWithTheViewsAnchorAndEmptyCellsForTheSupervisor() throws Exception {
        Protocols protocols = new ProtocolLoader(new ContentLoader(AppRoutes.PATHS).load(Path.of("content")))
                .load(Path.of("content"));
        for (Protocol p : protocols.all()) {
            String csv = SignOffCsv.signOff(p, "https://guide.example");
            List<String[]> rows;
            try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
                rows = it.readAll();
            }
            assertThat(rows.get(0)).containsExactlyElementsOf(SignOffCsv.SIGN_OFF_HEADER);
            assertThat(rows).hasSize(p.views().size() + 1);
            for (int i = 0; i < p.views().size(); i++) {
                ProtocolView v = p.views().get(i);
                String[] row = rows.get(i + 1);
                assertThat(row).hasSize(SignOffCsv.SIGN_OFF_HEADER.size());
                assertThat(row[2]).isEqualTo(v.id());
                assertThat(row[3]).isEqualTo(v.title());
                assertThat(row[4]).isEqualTo("https://guide.example" + p.path() + "#" + v.id());
                assertThat(List.of(row[6], row[7], row[8])).containsOnly("");
            }
        }
    }
}
