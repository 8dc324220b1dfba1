package org.mskguide.imaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The image and structure-map endpoints: PNG with an ETag, 304 on a match, 400 naming the parameter, 404. */
@QuarkusTest
class SonogramApiResourceTest {

    @Test
    void anImageIsAPngWithAStrongEtagAndRevalidates() {
        String etag = given().get("/api/v1/sonograms/supraspinatus.png?tilt=5")
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("max-age=86400"))
                .extract().header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/sonograms/supraspinatus.png?tilt=5.0")
                .then().statusCode(304);
        byte[] png = given().get("/api/v1/sonograms/supraspinatus.png?tilt=5").then().extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertTrue(png.length <= 80 * 1024, png.length + " bytes");
    }

    @Test
    void theStructureMapNamesWhatTheImageShows() {
        given().get("/api/v1/sonograms/carpal-tunnel/structures")
                .then().statusCode(200)
                .body("width", org.hamcrest.Matchers.is(512))
                .body("structures.name", hasItem("Median nerve"))
                .body("altText", startsWith("Simulated ultrasound image"))
                .body("image", org.hamcrest.Matchers.is("/api/v1/sonograms/carpal-tunnel.png"))
                .body("structures[0].outline.size()", org.hamcrest.Matchers.greaterThan(2));
    }

    @Test
    void aBadParameterIsA400NamingIt() {
        for (String[] c : new String[][] {{"frequency=abc", "frequency"}, {"frequency=30", "frequency"},
            {"zoom=2", "zoom"}, {"tilt=1&tilt=2", "tilt"}, {"variant=tear", "variant"}, {"seed=1.5", "seed"}}) {
            given().get("/api/v1/sonograms/carpal-tunnel.png?" + c[0])
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c[1]));
        }
        given().get("/api/v1/sonograms/carpal-tunnel/structures?depth=-5")
                .then().statusCode(400)
                .body("errors.field", hasItem("depth"));
    }

    @Test
    void anUnknownViewIsA404() {
        given().get("/api/v1/sonograms/spleen.png").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theViewsAreListedAndDescribedInOpenApi() {
        given().get("/api/v1/sonograms").then().statusCode(200)
                .body("view", hasItem("achilles"))
                .body("find { it.view == 'achilles' }.variants", hasItem("tear"));
        given().get("/api/openapi.json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/sonograms/{view}.png"))
                .body("paths.keySet()", hasItem("/api/v1/sonograms/{view}/structures"))
                .body("paths.'/api/v1/sonograms/{view}.png'.get.parameters.name", hasItem("frequency"));
        given().get("/api/v1/sonograms/needle.png?needle=out-of-plane&needleAngle=60").then().statusCode(200)
                .header("Content-Length", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/sonograms/hip-recess.png?variant=effusion&gain=-3.5").then().statusCode(200)
                .extract().asByteArray();
        given().get("/api/v1/sonograms/hip-recess.png").then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(1, lessThanOrEqualTo(1));
    }
}
