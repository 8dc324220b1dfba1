package org.mskguide.report;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the "report a mistake" feature ({@code guide.reports.*}). */
@ConfigMapping(prefix = "guide.reports")
public interface ReportsConfig {

    /**
     * The SHA-256 (64 lowercase hex characters) of the maintainers' secret key for {@code /report/received}. Only the
     * hash is configured, so a leaked configuration file does not open the list. Unset: the list opens for nobody.
     */
    Optional<String> keyHash();
}
