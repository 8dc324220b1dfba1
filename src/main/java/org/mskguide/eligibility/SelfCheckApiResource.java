package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mskguide.web.api.ApiRoutes;
import org.mskguide.web.api.MaxBodySize;
import org.mskguide.web.api.StrictJson;
import org.mskguide.web.FieldErrors.FieldError;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/**
 * {@code POST /api/v1/eligibility/check}: the route finder and self-check as JSON, for tools and other sites. Same
 * route finder, rules and checker as the HTML pages; nothing is stored. {@code POST /api/v1/eligibility/rmsks}, the
 * address from when the check covered the RMSKS only, is a documented alias of it. Bad input gets a 400 problem
 * naming each field; a request without {@code profession} (as the old RMSKS-only requests were) gets a 400 naming
 * it. Described in the OpenAPI document at {@code /api/openapi.json}.
 */
@Path(ApiRoutes.ELIGIBILITY)
@Tag(name = "Eligibility", description = "The MSK credential route finder and self-check (RMSKS, RMSK, RhMSUS). "
        + "Education only: only the awarding body decides.")
public class SelfCheckApiResource {

    /**
     * The request body. Only {@code profession} is always required; which other answers are needed depends on the
     * credential it leads to. The limits are sanity limits ({@link InputLimits}), never credential rules.
     */
    @Schema(description = "What the reader tells the self-check. `profession` is required and decides the credential "
            + "(`route` in the answer). For the RMSK, `licensed`, `mskStudiesLast36Months` and `realPatientsOnly` are "
            + "required; for the RMSKS (new candidates), `prerequisite`; ARDMS registrants and RhMSUS need nothing "
            + "more. The fields of the old RMSKS-only check (`activeCredential`, `credentialType`, `mskCmeCredits`) are "
            + "accepted and ignored.")
    public record Request(
            @Schema(description = "Who the reader is.", required = true, example = "nurse",
                    enumeration = { "sonographer-ardms", "sonographer", "student", "radiologic-technologist", "nurse",
                            "nurse-practitioner", "physician-assistant", "physical-therapist", "chiropractor",
                            "podiatrist", "physician", "rheumatologist", "athletic-trainer", "other" })
            @NotNull(message = REQUIRED) Profession profession,
            @Schema(description = "RMSK: holds a current licence and practises in that profession.", example = "true")
            Boolean licensed,
            @Schema(description = "RMSK: MSK ultrasound studies performed or diagnosed in the last 36 months.",
                    example = "138")
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer mskStudiesLast36Months,
            @Schema(description = "RMSK, optional: how many of those were therapeutic (injection or aspiration).",
                    example = "4")
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer therapeuticStudies,
            @Schema(description = "RMSK: all on real patients in a clinical diagnostic setting, none on simulators.",
                    example = "true")
            Boolean realPatientsOnly,
            @Schema(description = "RMSK, optional: studies in a typical month, to estimate when the minimum is reached.",
                    example = "6")
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer studiesPerMonth,
            @Schema(description = "RMSKS, new candidates: how they plan to apply to ARDMS.",
                    enumeration = { "prerequisite", "spi-only", "unsure" }, example = "prerequisite")
            PrerequisiteChoice prerequisite,
            @Schema(description = "RMSKS, new candidates: the day the SPI exam was passed (year-month-day), today or "
                    + "earlier and not before 1990; leave out if not passed.", format = "date", example = "2025-06-01")
            @PastOrPresent(message = "cannot be in the future")
            @NotBeforeYear(value = InputLimits.EARLIEST_YEAR, message = "must be in " + InputLimits.EARLIEST_YEAR
                    + " or later") LocalDate spiPassedOn,
            @Schema(description = "Old RMSKS-only check: ignored.", deprecated = true) Boolean activeCredential,
            @Schema(description = "Old RMSKS-only check: ignored.", deprecated = true) String credentialType,
            @Schema(description = "Old RMSKS-only check: ignored.", deprecated = true) Integer mskCmeCredits) {

        static final String REQUIRED = "is required";
        static final String NEGATIVE = "cannot be negative";
        static final String TOO_MANY = "must be at most " + InputLimits.MAX_COUNT;

        SelfCheckAnswers answers() {
            return new SelfCheckAnswers(profession, licensed, mskStudiesLast36Months, therapeuticStudies,
                    realPatientsOnly, studiesPerMonth, prerequisite, spiPassedOn);
        }
    }

    @Schema(description = "A title and an address.")
    public record LinkJson(@Schema(description = "What the link opens.") String title,
            @Schema(description = "The address.", example = "https://www.ardms.org/") String url) {
    }

    @Schema(description = "One line of the result: a prerequisite, a recommendation or an exam rule.")
    @JsonPropertyOrder({ "id", "kind", "title", "status", "reason", "required", "reported", "shortBy",
            "confirmWithArdms", "source", "sourceNote", "lastReviewed" })
    public record CriterionJson(
            @Schema(description = "Stable name.", enumeration = { "licence", "studies", "therapeutic", "real-patients",
                    "cme", "msk-exam", "prerequisite", "unconfirmed", "msks-exam", "spi" }) String id,
            @Schema(description = "Prerequisites decide `meetsPrerequisites`.",
                    enumeration = { "prerequisite", "recommendation", "exam" }) String kind,
            @Schema(description = "Short heading.", example = "MSK ultrasound studies") String title,
            @Schema(description = "How the reader stands. `met` is only given on the RMSK's rule; the RMSKS's "
                    + "prerequisite is `ask-ardms`.", enumeration = { "met", "not-met", "recommended", "to-do",
                            "ask-ardms" }) String status,
            @Schema(description = "Why, with the reader's own numbers.") String reason,
            @Schema(description = "The number the rule asks for, or null.", nullable = true) Integer required,
            @Schema(description = "The number the reader gave, or null.", nullable = true, example = "138") Integer reported,
            @Schema(description = "How many more are needed (0 when met), or null.", nullable = true) Integer shortBy,
            @Schema(description = "True when the rule is not yet confirmed from ARDMS itself.") boolean confirmWithArdms,
            @Schema(description = "Where the rule comes from.") LinkJson source,
            @Schema(description = "What that source does and does not confirm, or null.", nullable = true) String sourceNote,
            @Schema(description = "When the rule was last checked against its source.", format = "date") String lastReviewed) {
    }

    @Schema(description = "What to do next.")
    public record NextStepJson(
            @Schema(description = "Stable name.", example = "studies") String id,
            @Schema(description = "The step in plain words.") String text,
            @Schema(description = "Where to do it, or null.", nullable = true) LinkJson link) {
    }

    @Schema(description = "One reason for the route, with its source.")
    public record ReasonJson(@Schema(description = "The reason.") String text,
            @Schema(description = "Where it comes from.") LinkJson source) {
    }

    @Schema(description = "The self-check's result. Dates are ISO text (`2030-12-31`, months `2027-01`).")
    @JsonPropertyOrder({ "profession", "route", "routeReasons", "checked", "meetsPrerequisites", "criteria",
            "reachesStudiesIn", "mskExamDeadline", "nextSteps", "rulesLastReviewed", "checkedOn", "disclaimer" })
    public record Answer(
            @Schema(description = "The profession the answers were checked for.", example = "rheumatologist")
            String profession,
            @Schema(description = "The credentials that fit, most usual first; two where both fit (a rheumatologist: "
                    + "`RMSK` and `RhMSUS`); `NONE` when none was found.", example = "[\"RMSK\", \"RhMSUS\"]")
            List<Credential> route,
            @Schema(description = "Why, each with its source.") List<ReasonJson> routeReasons,
            @Schema(description = "The credential whose rule the criteria come from.",
                    enumeration = { "RMSKS", "RMSK", "NONE" }) String checked,
            @Schema(description = "True only when every RMSK prerequisite is met; never true for the RMSKS, whose "
                    + "MSKS prerequisite could not be confirmed.") boolean meetsPrerequisites,
            @Schema(description = "Every criterion with its source.") List<CriterionJson> criteria,
            @Schema(description = "RMSK: the month the study minimum is reached at `studiesPerMonth`, or null.",
                    nullable = true, example = "2027-03") String reachesStudiesIn,
            @Schema(description = "RMSKS new candidates: the last day to pass the MSKS exam after the SPI, or null.",
                    nullable = true, format = "date", example = "2030-12-31") String mskExamDeadline,
            @Schema(description = "What to do next, in order.") List<NextStepJson> nextSteps,
            @Schema(description = "When the rules were last reviewed.", format = "date") String rulesLastReviewed,
            @Schema(description = "The day the answers were checked against.", format = "date") String checkedOn,
            @Schema(description = "Education only; who decides.") String disclaimer) {
    }

    static final String EMPTY_BODY = "The request body is empty or null: it must be a JSON object with the answers";

    @Inject
    SelfChecker checker;

    @POST
    @Path(ApiRoutes.SELF_CHECK_PATH)
    @Operation(summary = "Find the MSK credential for a profession and check the answers against its rule",
            description = "Same route finder, rules and checker as the self-check pages; nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class),
            examples = { @ExampleObject(name = "a physical therapist (RMSK)", value = "{\"profession\": "
                    + "\"physical-therapist\", \"licensed\": true, \"mskStudiesLast36Months\": 138, "
                    + "\"therapeuticStudies\": 4, \"realPatientsOnly\": true, \"studiesPerMonth\": 6}"),
                    @ExampleObject(name = "a sonographer (RMSKS)", value = "{\"profession\": \"sonographer\", "
                            + "\"prerequisite\": \"prerequisite\", \"spiPassedOn\": \"2025-06-01\"}") }))
    @APIResponse(responseCode = "200", description = "The route and the result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a body over 8 KB, a missing, repeated or unknown "
            + "field (a request without `profession` names it), an answer the profession's credential needs but is "
            + "missing, or a value of the wrong type or out of range; `errors` names each field.")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @MaxBodySize(InputLimits.MAX_JSON_BYTES)
    public Answer check(@NotNull(message = EMPTY_BODY) @Valid Request request) {
        SelfCheckAnswers answers = request.answers();
        Map<AnswerField, String> missing = answers.missing(checker.routes().route(answers.profession()));
        if (!missing.isEmpty()) {
            List<FieldError> errors = missing.keySet().stream()
                    .map(f -> new FieldError(f.jsonName(), missingMessage(f))).toList();
            throw new ProblemException(Problem.badRequest(errors.stream()
                    .map(e -> "'" + e.field() + "' " + e.message()).collect(Collectors.joining("; ")) + ".", errors));
        }
        return json(checker.check(answers));
    }

    /** The address from when the check covered the RMSKS only: the same check, kept for the clients that use it. */
    @POST
    @Path(ApiRoutes.RMSKS_CHECK_PATH)
    @Operation(summary = "Alias of POST /api/v1/eligibility/check", deprecated = true,
            description = "The address of the RMSKS-only check. It now runs the same route finder and check; requests "
                    + "must carry `profession`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class)))
    @APIResponse(responseCode = "200", description = "The route and the result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "As for `/api/v1/eligibility/check`.")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @MaxBodySize(InputLimits.MAX_JSON_BYTES)
    public Answer checkAtOldAddress(@NotNull(message = EMPTY_BODY) @Valid Request request) {
        return check(request);
    }

    /** "is required for the RMSK": what a missing answer is needed for, in the API's short style. */
    private static String missingMessage(AnswerField field) {
        return switch (field) {
            case THERAPEUTIC -> "cannot be more than mskStudiesLast36Months";
            case PREREQUISITE -> "is required for the RMSKS (one of prerequisite, spi-only, unsure)";
            default -> "is required for the RMSK";
        };
    }

    private Answer json(Verdict v) {
        List<CriterionJson> criteria = v.criteria().stream().map(c -> new CriterionJson(c.id(), c.kind().code(), c.title(),
                c.status().code(), c.reason(), c.required(), c.reported(), c.shortBy(), c.confirmWithArdms(),
                new LinkJson(c.source().title(), c.source().url()), c.sourceNote(), c.lastReviewed().toString())).toList();
        List<NextStepJson> steps = v.nextSteps().stream()
                .map(s -> new NextStepJson(s.id(), s.text(), s.url() == null ? null : new LinkJson(s.linkText(), s.url())))
                .toList();
        List<ReasonJson> reasons = v.route().reasons().stream()
                .map(r -> new ReasonJson(r.text(), new LinkJson(r.source().title(), r.source().url()))).toList();
        return new Answer(v.route().profession().code(), v.route().credentials(), reasons, v.checked().code(),
                v.meetsPrerequisites(), criteria,
                v.reachesStudiesIn() == null ? null : v.reachesStudiesIn().toString(),
                v.mskExamDeadline() == null ? null : v.mskExamDeadline().toString(), steps,
                v.rulesLastReviewed().toString(), v.today().toString(),
                "Education only. Not affiliated with ARDMS, APCA or ACR. Only the awarding body decides who is eligible.");
    }
}
