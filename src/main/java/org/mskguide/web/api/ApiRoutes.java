package org.mskguide.web.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON API's public addresses. Every endpoint lives under {@link #V1}; the unversioned paths it had before
 * ({@code /api/quiz}, ...) are permanent aliases that {@link ApiVersions} serves from the same code.
 */
public final class ApiRoutes {

    public static final String PREFIX = "/api";
    /** The current major version. A change that would break a client gets a new prefix; this one stays. */
    public static final String V1 = PREFIX + "/v1";
    public static final String QUIZ = V1 + "/quiz";
    public static final String QUIZ_ATTEMPTS = QUIZ + "/attempts";
    /** The eligibility endpoints' common prefix. */
    public static final String ELIGIBILITY = V1 + "/eligibility";
    public static final String SELF_CHECK_PATH = "/check";
    public static final String RMSKS_CHECK_PATH = "/rmsks";
    /** The credential route finder and self-check. */
    public static final String SELF_CHECK = ELIGIBILITY + SELF_CHECK_PATH;
    /** The address of the RMSKS-only check: a permanent alias of {@link #SELF_CHECK}. */
    public static final String RMSKS_CHECK = ELIGIBILITY + RMSKS_CHECK_PATH;
    /** Simulated ultrasound images and their structure maps: {@code /api/v1/sonograms/{view}.png}. */
    public static final String SONOGRAMS = V1 + "/sonograms";
    /** The OpenAPI description, also as {@code .json} and {@code .yaml}. */
    public static final String OPENAPI = PREFIX + "/openapi";

    /** One endpoint a page on another site may call from a browser (CORS). */
    record CrossOrigin(String method, Pattern path) {
        boolean matches(String method, String path) {
            return this.method.equals(method) && this.path.matcher(path).matches();
        }
    }

    /** The reads and the two POSTs that platforms call from their own pages; nothing else is shared. */
    static final List<CrossOrigin> CROSS_ORIGIN = List.of(
            new CrossOrigin("GET", Pattern.compile(Pattern.quote(QUIZ))),
            new CrossOrigin("GET", Pattern.compile(Pattern.quote(QUIZ_ATTEMPTS) + "/[^/]+")),
            new CrossOrigin("GET", Pattern.compile(Pattern.quote(OPENAPI) + "(\\.json|\\.yaml|\\.yml)?")),
            new CrossOrigin("POST", Pattern.compile(Pattern.quote(QUIZ_ATTEMPTS))),
            new CrossOrigin("POST", Pattern.compile(Pattern.quote(RMSKS_CHECK))),
            new CrossOrigin("POST", Pattern.compile(Pattern.quote(SELF_CHECK))));

    private ApiRoutes() {
    }

    /** The versioned path an unversioned alias stands for, e.g. {@code /api/quiz} to {@code /api/v1/quiz}; else null. */
    static String versioned(String path) {
        if (path == null || !path.startsWith(PREFIX + "/") || path.startsWith(V1 + "/") || path.equals(V1)
                || path.startsWith(OPENAPI) || path.matches(Pattern.quote(PREFIX) + "/v\\d+(/.*)?")) {
            return null;
        }
        return V1 + path.substring(PREFIX.length());
    }

    /** True when a page on another origin may call {@code method path} from a browser. */
    static boolean sharedCrossOrigin(String method, String path) {
        String effective = "HEAD".equals(method) ? "GET" : method;
        return CROSS_ORIGIN.stream().anyMatch(c -> c.matches(effective, path));
    }
}
