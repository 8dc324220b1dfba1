package org.mskguide.content;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where content comes from. */
@ConfigMapping(prefix = "guide.content")
public interface ContentConfig {

    /**
     * A content folder on disk, for authors previewing edits. Empty (the default) means the copy of
     * {@code content/} packaged inside the application, so a deployed jar needs nothing beside it.
     */
    Optional<Path> dir();
}
