package org.mskguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mskguide.web.AppRoutes;

/** The content compiled with the jar reads back as the content the folder loads to, and only for that folder. */
class CompiledContentTest {

    @Test
    void readsBackWhatTheFolderLoadsTo(@TempDir Path dir) throws IOException {
        Path root = ContentLoaderTest.copyRealContent(dir);
        Content loaded = new ContentLoader(AppRoutes.PATHS).load(root);

        Content read = CompiledContent.read(new ByteArrayInputStream(compiled(loaded, root)), root).orElseThrow();

        assertThat(read).isEqualTo(loaded);
        assertThat(read.topics()).extracting(Page::html).isEqualTo(loaded.topics().stream().map(Page::html).toList());
    }

    @Test
    void anEditedFolderIsNotServedFromAnOlderCopy(@TempDir Path dir) throws IOException {
        Path root = ContentLoaderTest.copyRealContent(dir);
        byte[] compiled = compiled(new ContentLoader(AppRoutes.PATHS).load(root), root);
        Path topic = Files.list(root.resolve("topics")).findFirst().orElseThrow();

        Files.writeString(topic, Files.readString(topic) + "\nOne more line.\n");

        assertThat(CompiledContent.read(new ByteArrayInputStream(compiled), root)).isEmpty();
    }

    @Test
    void somethingThatIsNotACompiledCopyIsIgnored(@TempDir Path dir) throws IOException {
        assertThat(CompiledContent.read(new ByteArrayInputStream("not a copy".getBytes()), dir)).isEmpty();
    }

    private static byte[] compiled(Content content, Path root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledContent.write(content, root, out);
        return out.toByteArray();
    }
}
