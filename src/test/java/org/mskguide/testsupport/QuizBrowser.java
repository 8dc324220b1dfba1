package org.mskguide.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Takes the quiz as a browser would, against any base URL (one instance, another, or nginx): opens
 * {@code /quiz}, keeps the CSRF cookie, picks the first choice of every question and posts the form.
 */
public final class QuizBrowser {

    /** A hang shows up as a failed request instead of a stuck build. */
    public static final RestAssuredConfig NO_HANG = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5000)
                    .setParam("http.socket.timeout", 5000));

    static final String CSRF_COOKIE = "csrf-token";

    /** A quiz form as the browser holds it: the fields it will send and the CSRF cookie it was given. */
    public record FilledForm(Map<String, String> fields, String csrfCookie) {
    }

    private QuizBrowser() {
    }

    public static FilledForm open(String baseUrl) {
        Response page = given().config(NO_HANG).baseUri(baseUrl).get("/quiz");
        assertThat(page.statusCode()).isEqualTo(200);
        Element form = Jsoup.parse(page.asString()).selectFirst("form#quiz-form");
        assertThat(form).as("the quiz form").isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        form.select("input[type=radio]").forEach(i -> fields.putIfAbsent(i.attr("name"), i.attr("value")));
        String cookie = page.getCookie(CSRF_COOKIE);
        assertThat(cookie).as("CSRF cookie").isNotBlank();
        return new FilledForm(fields, cookie);
    }

    /** Posts the form (to any instance); the response is not followed, so a 303 and its Location can be checked. */
    public static Response submit(String baseUrl, FilledForm form) {
        return given().config(NO_HANG).baseUri(baseUrl).redirects().follow(false)
                .cookie(CSRF_COOKIE, form.csrfCookie())
                .formParams(form.fields())
                .post("/quiz");
    }

    /** The attempt id from a 303's {@code Location: /quiz/results/{id}}. */
    public static java.util.UUID attemptId(Response redirect) {
        String location = redirect.header("Location");
        assertThat(location).contains("/quiz/results/");
        return java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
