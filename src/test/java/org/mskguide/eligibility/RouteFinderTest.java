package org.mskguide.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The route table: every profession with the credential(s) it is routed to and the reasons (each reason is named by
 * the source it cites and a phrase it must say). The HTML and JSON agreement is {@code EligibilityResourceTest} and
 * {@code SelfCheckApiResourceTest}, over the same professions.
 */
class RouteFinderTest {

    private final RouteFinder finder = new RouteFinder(TestRules.real());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sonographer-ardms       | RMSKS        | ardms-msks-announcement: credential for sonographers ; ardms-documentation: re-applicant ; ardms-five-year-rule: five-year rule does not apply
            sonographer             | RMSKS        | ardms-msks-announcement: credential for sonographers ; ardms-documentation: choose one of ARDMS's prerequisites
            student                 | RMSKS        | ardms-msks-announcement: credential for sonographers ; readkong: cannot be used for the MSKS exam
            radiologic-technologist | RMSKS        | corporatepress: not on the RMSK's licence list ; ardms-msks-announcement: radiologic technologists and athletic trainers ; ardms-documentation: PREP tool
            nurse                   | RMSKS        | corporatepress: registered nurse licence is not on the RMSK's licence list ; ardms-documentation: sonographer prerequisites ; ardms-documentation: we could not confirm it
            nurse-practitioner      | RMSK         | corporatepress: is on the RMSK's licence list ; rheumatology: RhMSUS is also open
            physician-assistant     | RMSK         | corporatepress: is on the RMSK's licence list ; rheumatology: RhMSUS is also open
            physical-therapist      | RMSK         | corporatepress: (PT and DPT) are on the RMSK's licence list ; orthopt: education pathway toward the RMSK
            chiropractor            | RMSK         | corporatepress: Doctors of Chiropractic (DC) are on the RMSK's licence list
            podiatrist              | RMSK         | corporatepress: Doctors of Podiatric Medicine (DPM) are on the RMSK's licence list
            physician               | RMSK         | corporatepress: MBBS earned outside North America
            rheumatologist          | RMSK,RhMSUS  | corporatepress: one exam after a study count ; rheumatology: rheumatology practice
            athletic-trainer        | RMSKS        | corporatepress: not on the RMSK's licence list ; ardms-msks-announcement: athletic trainers ; ardms-documentation: PREP tool
            other                   | NONE         | corporatepress: licences on its list ; ardms-documentation: PREP tool
            """)
    void everyProfessionHasItsRouteAndReasons(String code, String expectedRoute, String expectedReasons) {
        Profession profession = Profession.fromCode(code).orElseThrow();
        CredentialRoute route = finder.route(profession);

        assertThat(route.codes()).containsExactlyElementsOf(Arrays.asList(expectedRoute.split(",")));
        List<String> expected = Arrays.stream(expectedReasons.split(";")).map(String::strip).toList();
        assertThat(route.reasons()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String source = expected.get(i).substring(0, expected.get(i).indexOf(':'));
            String phrase = expected.get(i).substring(expected.get(i).indexOf(':') + 1).strip();
            Reason reason = route.reasons().get(i);
            assertThat(reason.text()).as(code + " reason " + i).contains(phrase);
            assertThat(reason.source().url()).as(code + " reason " + i).contains(sourceHost(source));
        }
    }

    @Test
    void theTableCoversEveryProfession() {
        // A new profession must get a row above: this counts them.
        assertThat(Profession.values()).hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(value = Profession.class, names = { "PHYSICAL_THERAPIST", "CHIROPRACTOR", "PHYSICIAN",
            "NURSE_PRACTITIONER", "PHYSICIAN_ASSISTANT", "PODIATRIST", "RHEUMATOLOGIST" })
    void licensedPractitionersAreNeverRoutedToRmsks(Profession profession) {
        CredentialRoute route = finder.route(profession);

        assertThat(route.credentials()).doesNotContain(Credential.RMSKS).contains(Credential.RMSK);
        assertThat(route.checked()).isEqualTo(Credential.RMSK);
    }

    @ParameterizedTest
    @EnumSource(value = Profession.class, names = { "SONOGRAPHER_ARDMS", "SONOGRAPHER", "STUDENT",
            "RADIOLOGIC_TECHNOLOGIST", "NURSE", "ATHLETIC_TRAINER" })
    void sonographersTechnologistsAndNursesAreNeverScoredAgainstTheRmskRule(Profession profession) {
        CredentialRoute route = finder.route(profession);

        assertThat(route.credentials()).containsExactly(Credential.RMSKS);
        assertThat(route.checked()).isEqualTo(Credential.RMSKS);
    }

    @Test
    void theNextStepLinksGoToTheSelfCheckAndTheAwardingBodies() {
        assertThat(finder.route(Profession.RHEUMATOLOGIST).nextSteps()).extracting(NextStep::url)
                .contains("/eligibility/questions?profession=rheumatologist", "https://rheumatology.org/rhmsus-certification");
        assertThat(finder.route(Profession.SONOGRAPHER_ARDMS).nextSteps()).extracting(NextStep::url)
                .contains("/eligibility/result?profession=sonographer-ardms", "https://www.ardms.org/documentation/");
        assertThat(finder.route(Profession.OTHER).nextSteps()).extracting(NextStep::id).contains("prep-tool", "apca");
    }

    @Test
    void professionCodesAreReadLeniently() {
        assertThat(Profession.fromCode(" Physical-Therapist ")).contains(Profession.PHYSICAL_THERAPIST);
        assertThat(Profession.fromCode("dentist")).isEmpty();
        assertThat(Profession.fromCode(null)).isEmpty();
    }

    /** A piece of each source's address, so a reason citing the wrong document fails. */
    private static String sourceHost(String source) {
        return switch (source) {
            case "ardms-msks-announcement" -> "Musculoskeletal-Sonographer-Examination";
            case "ardms-documentation" -> "ardms.org/documentation";
            case "ardms-five-year-rule" -> "five-year-rule";
            case "readkong" -> "readkong.com";
            case "corporatepress" -> "corporatepress.com";
            case "rheumatology" -> "rheumatology.org";
            case "orthopt" -> "orthopt.org";
            default -> throw new IllegalArgumentException(source);
        };
    }
}
