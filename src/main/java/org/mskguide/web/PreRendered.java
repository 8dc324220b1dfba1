package org.mskguide.web;

import java.util.Map;

/**
 * Responses that are the same for every reader, by exact request path: the pre-rendered pages and the assets.
 * {@link PreRenderedRoute} answers them ahead of the router chain.
 */
public interface PreRendered {

    /** Request path to body, e.g. {@code "/topics/dynamic-imaging"}; complete once the bean is constructed. */
    Map<String, CachedBody> byPath();
}
