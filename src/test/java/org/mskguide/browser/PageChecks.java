package org.mskguide.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mskguide.web.LinkChecker;

/**
 * Every check a single page gets, for pages reached through a flow (a quiz result, a self-check with errors):
 * axe in both colour schemes, the keyboard walk, and vnu over the HTML the server sends for the same URL.
 * <p>
 * Example: {@code assertThat(PageChecks.all(browser, "quiz-result")).isEmpty();} once the result page shows.
 */
public final class PageChecks {

    private PageChecks() {
    }

    /** Problems on the page the browser shows now; it is reloaded, so call it once the flow is done with it. */
    public static List<String> all(Browser browser, String name) {
        String url = browser.driver().getCurrentUrl();
        URI page = URI.create(url.replaceFirst("#.*", ""));
        List<String> problems = new ArrayList<>(AxeChecker.checkBothSchemes(browser, name));
        browser.driver().get(page.toString());
        problems.addAll(KeyboardChecker.check(browser.driver(), name));
        LinkChecker.Fetched fetched = LinkChecker.http(page).get(page.getRawPath()
                + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
        problems.addAll(HtmlChecker.check(Map.of(name, fetched.body())));
        return problems;
    }
}
