package org.mskguide.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Site-wide settings used by the layout. */
@ConfigMapping(prefix = "guide.site")
public interface SiteConfig {

    /** Public address of the site, without a trailing slash: canonical links, Open Graph and the sitemap use it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Name shown in the header, page titles and link previews. */
    @WithDefault("MSK Ultrasound Guide")
    String name();
}
