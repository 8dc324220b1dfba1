package org.mskguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uses the page the way a keyboard-only reader does: presses Tab through it and checks that every control can
 * be reached, in document order, and that each one shows a focus indicator (its computed outline or box shadow
 * differs from when it is not focused, and is not "none"). Radio buttons of one group count as one stop, as
 * browsers give the group a single Tab stop and move within it with the arrow keys.
 * <p>
 * Example: {@code KeyboardChecker.check(driver, "home")} is empty when the page passes.
 */
public final class KeyboardChecker {

    /** Marks every control a reader should be able to Tab to and records how it looks unfocused. */
    private static final String PREPARE = """
            const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary,'
                + ' iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
            const style = el => { const s = getComputedStyle(el);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); };
            const controls = [...document.querySelectorAll(selector)].filter(el => !el.disabled && el.tabIndex >= 0
                && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
                && !el.closest('[inert]')
                // Inside a closed <details> a control still has boxes (content-visibility: hidden) but no Tab stop.
                && (!el.checkVisibility || el.checkVisibility()));
            if (document.activeElement) { document.activeElement.blur(); }
            return controls.map((el, i) => {
                el.dataset.kbdIndex = i;
                el.dataset.kbdKey = el.type === 'radio' && el.name ? 'radio group ' + el.name : 'control ' + i;
                const label = (el.getAttribute('aria-label') || el.textContent || el.value || el.name || '').trim();
                return {key: el.dataset.kbdKey, index: i, style: style(el),
                        name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + label.slice(0, 40) + '"'};
            });
            """;
    /** What has focus now, and how it looks. */
    private static final String FOCUSED = """
            const el = document.activeElement;
            if (!el || !el.dataset.kbdKey) { return null; }
            const s = getComputedStyle(el);
            return {key: el.dataset.kbdKey, index: Number(el.dataset.kbdIndex), outlineStyle: s.outlineStyle,
                    outlineWidth: s.outlineWidth, boxShadow: s.boxShadow,
                    style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ')};
            """;

    public static final Path REPORTS = Toolchain.TARGET.resolve("keyboard");

    private KeyboardChecker() {
    }

    /** Problems found on the page the driver shows; empty when every control is reachable and visibly focused. */
    @SuppressWarnings("unchecked")
    public static List<String> check(WebDriver driver, String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<Map<String, Object>> controls = (List<Map<String, Object>>) js.executeScript(PREPARE);
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        controls.forEach(control -> byKey.putIfAbsent((String) control.get("key"), control));
        List<String> problems = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        List<String> walk = new ArrayList<>();
        Map<String, Boolean> reached = new LinkedHashMap<>();
        // Enough presses to go once round the page, past the end of the document, and back to the start.
        // A date input takes one Tab per part (month, day, year): a few more presses, and staying on it is no loop.
        String previous = null;
        for (int press = 0; press < byKey.size() + 12 && reached.size() < byKey.size(); press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> focused = (Map<String, Object>) js.executeScript(FOCUSED);
            if (focused == null) {
                continue;
            }
            String key = (String) focused.get("key");
            if (key.equals(previous)) {
                continue;
            }
            previous = key;
            if (reached.containsKey(key)) {
                break;
            }
            reached.put(key, true);
            order.add((Long) focused.get("index"));
            Map<String, Object> unfocused = byKey.get(key);
            walk.add("Tab " + (press + 1) + ": " + unfocused.get("name") + " focused: " + focused.get("style")
                    + " (unfocused: " + unfocused.get("style") + ")");
            boolean hasOutline = !"none".equals(focused.get("outlineStyle")) && !"0px".equals(focused.get("outlineWidth"));
            boolean hasShadow = !"none".equals(focused.get("boxShadow"));
            if (focused.get("style").equals(unfocused.get("style")) || !(hasOutline || hasShadow)) {
                problems.add(name + ": " + unfocused.get("name") + " shows no focus indicator (focused: "
                        + focused.get("style") + ")");
            }
        }
        byKey.forEach((key, control) -> {
            if (!reached.containsKey(key)) {
                problems.add(name + ": " + control.get("name") + " cannot be reached with Tab");
            }
        });
        // Document order, allowing one wrap-around from the end of the page back to its start.
        int descents = 0;
        for (int i = 1; i < order.size(); i++) {
            descents += order.get(i) < order.get(i - 1) ? 1 : 0;
        }
        if (descents > 1 || (descents == 1 && order.get(order.size() - 1) >= order.get(0))) {
            problems.add(name + ": Tab order does not follow the document order: " + order);
        }
        report(SitePages.name(name), walk, problems);
        return problems;
    }

    private static void report(String name, List<String> walk, List<String> problems) {
        List<String> lines = new ArrayList<>(List.of("Controls reached: " + walk.size(), "Problems: " + problems.size()));
        problems.forEach(problem -> lines.add("  " + problem));
        lines.addAll(walk);
        try {
            Files.createDirectories(REPORTS);
            Files.write(REPORTS.resolve(name + ".txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first Tab reaches a visible "skip to main content" link, and following it with Enter takes the next Tab
     * into {@code <main>} rather than through the navigation. Call it right after loading the page.
     */
    public static List<String> checkSkipLink(WebDriver driver, String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // An error page moves focus to its summary (autofocus) a moment after load. Wait for that, then start the
        // walk from the top of the page: focusing the body moves the browser's "where Tab goes next" point there
        // (a bare blur leaves it at the summary, so the first Tab would depend on timing).
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "const a = document.querySelector('[autofocus]'); return !a || document.activeElement === a;")));
        js.executeScript("""
                const body = document.body;
                body.tabIndex = -1;
                body.focus();
                body.removeAttribute('tabindex');
                window.scrollTo(0, 0);
                """);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        Object first = js.executeScript("""
                const el = document.activeElement, r = el.getBoundingClientRect();
                return {skip: el.matches('a.skip-link[href="#main"]'), target: !!document.getElementById('main'),
                        visible: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 1 && r.height > 1,
                        text: el.textContent.trim()};
                """);
        List<String> problems = new ArrayList<>();
        Map<?, ?> skip = (Map<?, ?>) first;
        if (!Boolean.TRUE.equals(skip.get("skip"))) {
            problems.add(name + ": the first Tab reaches \"" + skip.get("text") + "\", not the skip link");
            return problems;
        }
        if (!Boolean.TRUE.equals(skip.get("visible"))) {
            problems.add(name + ": the skip link is not visible on screen when it has focus");
        }
        if (!Boolean.TRUE.equals(skip.get("target"))) {
            problems.add(name + ": the skip link points at #main, which this page lacks");
            return problems;
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        Object inMain = js.executeScript("return location.hash === '#main'"
                + " && document.getElementById('main').contains(document.activeElement)"
                + " && document.activeElement !== document.getElementById('main')");
        if (!Boolean.TRUE.equals(inMain)) {
            problems.add(name + ": after following the skip link, Tab does not move into the main content");
        }
        return problems;
    }
}
