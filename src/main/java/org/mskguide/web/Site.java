package org.mskguide.web;

/**
 * What every page shows about the site itself, the same for every reader: a template global, so no resource passes it.
 * Usage in a template: {@code {site.name}}, {@code <link rel="stylesheet" href="{site.cssHref}">}.
 *
 * @param name    shown in the header, page titles and link previews
 * @param baseUrl public address without a trailing slash, for canonical links
 * @param cssHref the stylesheet's address, versioned by its content
 * @param returnScriptHref the topic pages' script that offers "back to your quiz result", versioned likewise
 * @param progressScriptHref the script that marks topics read and quizzed in this browser only, versioned likewise
 */
public record Site(String name, String baseUrl, String cssHref, String returnScriptHref, String progressScriptHref) {
}
