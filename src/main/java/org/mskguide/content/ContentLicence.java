package org.mskguide.content;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateGlobal;

/**
 * The licence of the guide's content (topic pages, figures, glossary, quiz questions): Creative Commons Attribution 4.0
 * International. Stated once here for the code that states it again (the exports' metadata, the printed handouts);
 * the about page says it in words and says why. The code is under the MIT licence (LICENSE).
 * Usage: {@code ContentLicence.CONTENT.notice()}; in a template {@code {contentLicence.url}}.
 *
 * @param name      the licence's full name
 * @param shortName its usual short name
 * @param url       the licence deed
 */
@TemplateData
public record ContentLicence(String name, String shortName, String url) {

    public static final ContentLicence CONTENT = new ContentLicence(
            "Creative Commons Attribution 4.0 International", "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/");

    /** The licence as the templates read it: {@code {contentLicence.shortName}}. */
    @TemplateGlobal(name = "contentLicence")
    static ContentLicence global() {
        return CONTENT;
    }

    /** One sentence for a file's metadata or a comment: what the licence is, where it is, and what it asks. */
    public String notice() {
        return "Content of the MSK Ultrasound Guide, licensed under the " + name + " licence (" + shortName + "): "
                + url + ". You may copy, adapt and share it, also in your own course, if you credit the MSK "
                + "Ultrasound Guide and say what you changed.";
    }
}
