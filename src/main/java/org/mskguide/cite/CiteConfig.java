package org.mskguide.cite;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the "Cite this page" feature. */
@ConfigMapping(prefix = "guide.cite")
public interface CiteConfig {

    /** A fixed access date for tests; empty in production (the real date, in UTC). */
    Optional<LocalDate> today();
}
