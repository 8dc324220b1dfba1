package org.mskguide.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.mskguide.web.error.ProblemJson;

import io.quarkus.smallrye.openapi.OpenApiFilter.RunStage;

/**
 * Finishes the generated OpenAPI document: only the JSON API (the HTML pages are not an API), the versioning rule
 * and error format in the description, and the refusals every endpoint can meet (limits, outages) with their
 * problem body, so the resources only declare what is particular to them. It depends on nothing known only at run
 * time, so it runs at build time: the document is finished when the jar is built, and start-up does not build it.
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = RunStage.BUILD)
public class OpenApiFilter implements OASFilter {

    static final String DESCRIPTION = """
            The quiz, the credential route finder and self-check, and simulated ultrasound images, for learning \
            platforms and other sites. Education only: not \
            affiliated with ARDMS or APCA.

            **Versions.** Every path starts with `/api/v1/`. A change that could break a client (a field removed or \
            renamed, a meaning changed) comes under a new prefix, `/api/v2/`, and `/api/v1/` keeps working; fields \
            may be added within a version. The unversioned paths (`/api/quiz`, `/api/quiz/attempts`, \
            `/api/eligibility/rmsks`) are permanent aliases of `/api/v1/` and answer exactly the same.

            **Errors.** Every error is RFC 9457 problem details (`application/problem+json`): `type`, `title` (the \
            HTTP status phrase), `status`, `detail` (what went wrong, in a sentence) and `errors`, one entry per \
            field at fault with `field` and `message`. 429 and 503 also carry `Retry-After` and `retryAfterSeconds`.

            **Browsers.** The reads and the two POSTs may be called from any origin (CORS), without credentials; \
            the API sets no cookies and needs no login.
            """;

    private static final String PROBLEM_REF = "#/components/schemas/" + ProblemJson.class.getSimpleName();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // At build time the info block may not exist yet (the configured title and version are added later).
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().description(DESCRIPTION);
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        paths.keySet().stream().filter(path -> !path.startsWith(ApiRoutes.V1 + "/")).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.POST) {
                add(operation, "413", "The body is over the site's limit (64 KB).");
                add(operation, "415", "The body was not sent as `Content-Type: application/json`.");
                add(operation, "429", "Too many submissions from one address; wait `Retry-After` seconds.");
            }
            add(operation, "500", "An error on our side; nothing was stored.");
            add(operation, "503", "The database is not answering; nothing was stored. Retry after `Retry-After` "
                    + "seconds.");
            // Every error is problem details: a resource declares an error's code and description only.
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                    response.content(problemContent());
                }
            });
        }));
    }

    private static void add(Operation operation, String code, String description) {
        if (operation.getResponses().hasAPIResponse(code)) {
            return;
        }
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemJson.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
