package org.mskguide.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mskguide.web.AppRoutes;

/**
 * Compiles {@code content/} with the jar: Maven runs this in {@code process-classes} (exec-maven-plugin, in the
 * build's own JVM), so a content mistake fails the build with the message start-up gave, and the running app reads
 * the finished {@link CompiledContent} instead of parsing, checking and drawing at every start.
 * Usage: {@code java org.mskguide.content.ContentCompiler content target/classes}.
 */
public final class ContentCompiler {

    private ContentCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ContentCompiler <content folder> <classes folder>");
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).resolve(CompiledContent.RESOURCE);
        long start = System.nanoTime();
        // A ContentException here ends the build with its message, which names the file, as start-up did.
        Content content = new ContentLoader(AppRoutes.PATHS).load(root);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            CompiledContent.write(content, root, file);
        }
        System.out.printf("Content compiled: %d topics, %d pages in %d ms, %d KB%n", content.topics().size(),
                content.pages().size(), (System.nanoTime() - start) / 1_000_000, Files.size(out) / 1024);
    }
}
