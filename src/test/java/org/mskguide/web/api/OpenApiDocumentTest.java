package org.mskguide.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The served OpenAPI description is valid, complete and says how versions and errors work. */
@QuarkusTest
class OpenApiDocumentTest {

    private static SwaggerParseResult parse(String path) {
        String document = given().get(path).then().statusCode(200).extract().asString();
        return new OpenAPIV3Parser().readContents(document);
    }

    @Test
    void theJsonAndYamlDocumentsAreValidOpenApi31() {
        for (String path : List.of("/api/openapi.json", "/api/openapi.yaml")) {
            SwaggerParseResult result = parse(path);

            assertThat(result.getMessages()).as(path).isEmpty();
            assertThat(result.getOpenAPI().getOpenapi()).as(path).startsWith("3.1");
            assertThat(result.getOpenAPI().getInfo().getDescription()).as(path)
                    .contains("/api/v1/", "permanent aliases", "application/problem+json");
        }
        assertThat(given().get("/api/openapi.json").contentType()).startsWith("application/json");
    }

    @Test
    void everyApiEndpointIsDescribedWithItsErrors() throws Exception {
        OpenAPI api = parse("/api/openapi.json").getOpenAPI();

        List<String> endpoints = apiEndpoints();
        assertThat(endpoints).contains("GET /api/v1/quiz", "POST /api/v1/quiz/attempts",
                "GET /api/v1/quiz/attempts/{id}", "POST /api/v1/eligibility/check", "POST /api/v1/eligibility/rmsks");
        for (String endpoint : endpoints) {
            String[] parts = endpoint.split(" ");
            PathItem item = api.getPaths().get(parts[1]);
            assertThat(item).as(endpoint).isNotNull();
            var operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
            assertThat(operation).as(endpoint).isNotNull();
            assertThat(operation.getSummary()).as(endpoint).isNotBlank();
            List<String> errors = new ArrayList<>(List.of("500", "503"));
            if (parts[0].equals("POST")) {
                errors.addAll(List.of("400", "413", "415", "429"));
            }
            assertThat(operation.getResponses()).as(endpoint).containsKeys(errors.toArray(String[]::new));
            errors.forEach(code -> assertThat(operation.getResponses().get(code).getContent())
                    .as(endpoint + " " + code).containsKey("application/problem+json"));
        }
        assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void everyRequestFieldHasADescriptionAndTheLimitsAreStated() {
        OpenAPI api = parse("/api/openapi.json").getOpenAPI();
        Map<String, Schema> schemas = api.getComponents().getSchemas();

        for (String name : List.of("Request", "AttemptRequest", "ProblemJson")) {
            Schema<?> schema = schemas.get(name);
            assertThat(schema).as(name).isNotNull();
            schema.getProperties().forEach((field, property) -> assertThat(
                    property.getDescription() != null || property.get$ref() != null).as(name + "." + field).isTrue());
        }
        Schema<?> studies = (Schema<?>) schemas.get("Request").getProperties().get("mskStudiesLast36Months");
        assertThat(studies.getMinimum()).isEqualByComparingTo("0");
        assertThat(studies.getMaximum()).isEqualByComparingTo("100000");
        assertThat(schemas.get("Request").getRequired()).containsExactly("profession");
        assertThat(schemas.get("Profession").getEnum()).hasSize(org.mskguide.eligibility.Profession.values().length)
                .contains("physical-therapist", "sonographer-ardms", "rheumatologist");
        assertThat(schemas.get("Credential").getEnum()).containsExactly("RMSKS", "RMSK", "RhMSUS", "NONE");
    }

    /** "GET /api/v1/quiz" for every resource method under /api/, read from the compiled classes. */
    static List<String> apiEndpoints() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || !root.value().startsWith("/api/")) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(GET.class) ? "GET"
                            : method.isAnnotationPresent(POST.class) ? "POST" : null;
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        endpoints.add(verb + " " + root.value() + (sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return endpoints;
    }
}
