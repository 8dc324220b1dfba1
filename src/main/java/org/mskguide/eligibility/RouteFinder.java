package org.mskguide.eligibility;

import java.util.ArrayList;
import java.util.List;

import org.mskguide.content.Rule;
import org.mskguide.web.AppRoutes;

/**
 * The credential route finder: from who the reader is to the MSK ultrasound credential that fits (RMSKS, RMSK,
 * RhMSUS, or none found), with the reasons, each from the credential data with its source, and the next step.
 * Plain Java, tested without Quarkus ({@code RouteFinderTest} covers every profession).
 * <p>
 * The split it follows: the RMSK's licence list (APCA) names MD, DO, DPM, MBBS, DC, NP, PA, DPT and PT; the RMSKS is
 * ARDMS's credential for sonographers, which in 2015 also took in the radiologic technologists and athletic trainers
 * who held the old credential; the RhMSUS (ACR) is for physicians, PAs and NPs in rheumatology practice.
 */
public final class RouteFinder {

    private final CredentialRules rules;

    public RouteFinder(CredentialRules rules) {
        this.rules = rules;
    }

    /** The route for one profession. */
    public CredentialRoute route(Profession profession) {
        List<Reason> reasons = new ArrayList<>();
        List<NextStep> steps = new ArrayList<>();
        List<Credential> credentials = switch (profession) {
            case SONOGRAPHER_ARDMS -> {
                reasons.add(reason("The RMSKS is ARDMS's MSK credential for sonographers, with its own exam (MSKS).",
                        "forSonographers"));
                reasons.add(reason("You already hold an ARDMS credential, so you add the MSKS specialty. ARDMS treats"
                        + " a registrant already approved for a specialty exam as a re-applicant: no additional"
                        + " experience is required, though you still send a Clinical Verification (CV) form.",
                        "reApplicants"));
                reasons.add(reason("You do not need to pass the SPI exam again, and ARDMS's five-year rule does not"
                        + " apply to a registrant adding a specialty to a credential they hold.",
                        "registrantsAddingSpecialty"));
                yield List.of(Credential.RMSKS);
            }
            case SONOGRAPHER -> {
                reasons.add(reason("The RMSKS is ARDMS's MSK credential for sonographers, with its own exam (MSKS).",
                        "forSonographers"));
                reasons.add(reason("As a new ARDMS candidate you choose one of ARDMS's prerequisites and pass the SPI"
                        + " exam and the MSKS exam within the five-year rule.", "choosePrerequisite"));
                yield List.of(Credential.RMSKS);
            }
            case STUDENT -> {
                reasons.add(reason("The RMSKS is ARDMS's MSK credential for sonographers, with its own exam (MSKS).",
                        "forSonographers"));
                reasons.add(reason("As a student you may take the SPI exam before you graduate under ARDMS's SPI"
                        + " Examination Requirement, but that route cannot be used for the MSKS exam: for it you"
                        + " choose one of ARDMS's prerequisites.", "studentSpiRoute"));
                yield List.of(Credential.RMSKS);
            }
            case RADIOLOGIC_TECHNOLOGIST, ATHLETIC_TRAINER -> {
                reasons.add(rmsk(profession.label() + " is not on the RMSK's licence list.", "licence"));
                reasons.add(reason("When ARDMS split the old MSK credential in 2015, radiologic technologists and"
                        + " athletic trainers who held it were given the RMSKS, ARDMS's credential for sonographers.",
                        "transition2015"));
                reasons.add(reason("Which of ARDMS's prerequisites you could apply under is for ARDMS's PREP tool to"
                        + " say: we could not confirm it.", "prepTool"));
                yield List.of(Credential.RMSKS);
            }
            case NURSE -> {
                reasons.add(rmsk("A registered nurse licence is not on the RMSK's licence list (a nurse practitioner"
                        + " licence is).", "licence"));
                reasons.add(reason("The RMSKS is ARDMS's MSK credential for sonographers. ARDMS's sonographer"
                        + " prerequisites start from education in an allied health field with patient care and"
                        + " months of full-time clinical experience.", "sonographerPrerequisite1"));
                reasons.add(reason("Whether a nurse can apply for the MSKS exam under one of them is for ARDMS's PREP"
                        + " tool to say: we could not confirm it.", "prepTool"));
                yield List.of(Credential.RMSKS);
            }
            case NURSE_PRACTITIONER, PHYSICIAN_ASSISTANT -> {
                reasons.add(rmsk(profession.label() + " is on the RMSK's licence list.", "licence"));
                reasons.add(rhmsus("If you perform MSK ultrasound in a rheumatology practice, ACR's RhMSUS is also"
                        + " open to physician assistants and nurse practitioners.", "whoMayApply"));
                yield List.of(Credential.RMSK);
            }
            case PHYSICAL_THERAPIST -> {
                reasons.add(rmsk("Physical therapists (PT and DPT) are on the RMSK's licence list.", "licence"));
                reasons.add(rmsk("The physical therapists' association describes an education pathway toward the"
                        + " RMSK.", "physicalTherapists"));
                yield List.of(Credential.RMSK);
            }
            case CHIROPRACTOR -> {
                reasons.add(rmsk("Doctors of Chiropractic (DC) are on the RMSK's licence list.", "licence"));
                yield List.of(Credential.RMSK);
            }
            case PODIATRIST -> {
                reasons.add(rmsk("Doctors of Podiatric Medicine (DPM) are on the RMSK's licence list.", "licence"));
                yield List.of(Credential.RMSK);
            }
            case PHYSICIAN -> {
                reasons.add(rmsk("Physicians (MD, DO, and MBBS earned outside North America) are on the RMSK's"
                        + " licence list.", "licence"));
                yield List.of(Credential.RMSK);
            }
            case RHEUMATOLOGIST -> {
                reasons.add(rmsk("As a physician you are on the RMSK's licence list. The RMSK covers MSK ultrasound"
                        + " in any field and is earned with one exam after a study count.", "licence"));
                reasons.add(rhmsus("ACR's RhMSUS is for MSK ultrasound in rheumatology practice. It has "
                        + rules.rhmsus().value("pathways") + " pathways (for rheumatologists trained in or outside"
                        + " the U.S., fellows, and PAs or NPs), each with its own CME and scan minimums, and lasts "
                        + rules.rhmsus().value("validYears") + " years.", "pathways"));
                yield List.of(Credential.RMSK, Credential.RHMSUS);
            }
            case OTHER -> {
                reasons.add(rmsk("The RMSK needs one of the licences on its list.", "licence"));
                reasons.add(reason("The RMSKS is ARDMS's MSK credential for sonographers; ARDMS's PREP tool names the"
                        + " prerequisite, if any, that fits you.", "prepTool"));
                yield List.of(Credential.NONE);
            }
        };
        steps.addAll(nextSteps(profession, credentials));
        return new CredentialRoute(profession, credentials, reasons, steps);
    }

    private List<NextStep> nextSteps(Profession profession, List<Credential> credentials) {
        List<NextStep> steps = new ArrayList<>();
        String prep = rules.rmsksRule("prepTool").sourceUrl();
        String query = "?profession=" + profession.code();
        if (credentials.contains(Credential.RMSK)) {
            steps.add(new NextStep("check-rmsk", "Check your study count against the RMSK's rule.",
                    "Check the RMSK rule", AppRoutes.ELIGIBILITY_QUESTIONS + query));
            steps.add(new NextStep("apca", "Read APCA's guide before you apply: it has the current rules.",
                    "APCA's RMSK guide", rules.rmsk().officialUrl()));
        }
        if (credentials.contains(Credential.RHMSUS)) {
            steps.add(new NextStep("acr", "Read ACR's pathways and choose the one that fits you.",
                    "ACR's RhMSUS page", rules.rhmsus().officialUrl()));
        }
        if (credentials.contains(Credential.RMSKS)) {
            boolean registrant = profession == Profession.SONOGRAPHER_ARDMS;
            steps.add(new NextStep("check-rmsks", registrant
                    ? "See what ARDMS confirms for a registrant adding the MSKS specialty."
                    : "See what ARDMS confirms for the RMSKS, and your exam dates.",
                    registrant ? "See what applies to you" : "Check the RMSKS rules",
                    (registrant ? AppRoutes.ELIGIBILITY_RESULT : AppRoutes.ELIGIBILITY_QUESTIONS) + query));
            steps.add(new NextStep("prep-tool", "Use ARDMS's PREP tool to find the prerequisite that fits you. Only"
                    + " ARDMS decides who is eligible.", "ARDMS prerequisites and PREP tool", prep));
        }
        if (credentials.contains(Credential.NONE)) {
            steps.add(new NextStep("prep-tool", "Ask ARDMS's PREP tool whether one of its prerequisites fits you.",
                    "ARDMS prerequisites and PREP tool", prep));
            steps.add(new NextStep("apca", "Read APCA's licence list for the RMSK.", "APCA's RMSK guide",
                    rules.rmsk().officialUrl()));
        }
        return steps;
    }

    private Reason reason(String text, String rmsksRule) {
        return new Reason(text, CredentialRules.source(rules.rmsksRule(rmsksRule)));
    }

    private Reason rmsk(String text, String rmskRule) {
        return new Reason(text, CredentialRules.source(rules.rmskRule(rmskRule)));
    }

    private Reason rhmsus(String text, String rhmsusRule) {
        Rule rule = rules.rhmsusRule(rhmsusRule);
        return new Reason(text, CredentialRules.source(rule));
    }
}
