package org.mskguide.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mskguide.web.FieldErrors;
import org.mskguide.web.Layout;
import org.mskguide.web.PageMeta;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code GET /search?q=tendon&page=2}: the search page (the header of every page has its form) and
 * {@code GET /opensearch.xml}, which lets a browser add the site's search. Every search page is {@code noindex}
 * and out of the sitemap; the query is neither stored nor logged. Templates: {@code templates/SearchResource/}.
 */
// An in-memory index and a template: no database, no files, so it is served on the event loop.
@Path("/")
public class SearchResource {

    static final String PATH = "/search";
    static final String FIELD = "q";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchQuery query, SearchResults results, FieldErrors errors,
                int maxLength, PageMeta meta);

        static native TemplateInstance opensearch();
    }

    @Inject
    SearchIndex index;

    @Inject
    Layout layout;

    @GET
    @NonBlocking
    @Path("search")
    public Response search(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        SearchQuery query = SearchQuery.of(params.getFirst(FIELD));
        FieldErrors errors = FieldErrors.none();
        SearchResults results = null;
        String title = "Search";
        if (query.isTooLong()) {
            errors.add(FIELD, "Enter " + SearchQuery.MAX_LENGTH
                    + " characters or fewer. Try a few words, such as a body part or a term.");
            title = "Error: Search";
        } else if (!query.isEmpty()) {
            results = index.search(query, page(params.getFirst("page")));
            title = "Search results";
        }
        PageMeta meta = layout.privateMeta(title,
                "Search the MSK Ultrasound Guide: topics, glossary terms, figures and quiz questions.", PATH,
                "search");
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(privateNoStore())
                .entity(Templates.search(query, results, errors, SearchQuery.MAX_LENGTH, meta))
                .build();
    }

    @GET
    @NonBlocking
    @Path("opensearch.xml")
    @Produces("application/opensearchdescription+xml")
    public TemplateInstance opensearch() {
        return Templates.opensearch();
    }

    /** A page number from the address; anything that is not a whole number from 1 up is page 1. */
    static int page(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw.strip()));
    }

    /** What a reader searched for stays out of shared caches and the browser's disk cache. */
    private static CacheControl privateNoStore() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return cache;
    }
}
