package org.mskguide.explorer;

/**
 * A source an explorer rests on, printed under the explorer and linked.
 *
 * @param authors    e.g. {@code Crass JR, van de Vegte GL, Harkavy LA}; empty for an organisation's page
 * @param title      the work's title, the link text
 * @param published  where and when, e.g. {@code Radiology 1988;167(2):499-501}
 * @param url        an address a reader can follow (https)
 * @param supports   what the explorer takes from it
 */
public record Citation(String authors, String title, String published, String url, String supports) {

    static final Citation CRASS_1988 = new Citation("Crass JR, van de Vegte GL, Harkavy LA",
            "Tendon echogenicity: ex vivo study", "Radiology 1988;167(2):499-501",
            "https://doi.org/10.1148/radiology.167.2.3282264",
            "Tendon brighter than muscle with the beam square to it, about as bright at 2 to 7 degrees of tilt,"
                    + " darker beyond; muscle unchanged");
    static final Citation POCUSPEDIA_ANISOTROPY = new Citation("", "Anisotropy",
            "POCUSpedia, Global Ultrasound Institute", "https://globalultrasoundinstitute.com/pocuspedia/anisotropy",
            "Fewer echoes return when the beam is not square to the fibres; it can mimic disease; heel-toe rocking");
    static final Citation REUSZ_2014 = new Citation("Reusz G, Sarkany P, Gal J, Csomos A",
            "Needle-related ultrasound artifacts and their importance in anaesthetic practice",
            "British Journal of Anaesthesia 2014;112(5):794-802", "https://doi.org/10.1093/bja/aet585",
            "The needle looks like a line in plane and a dot out of plane; finding the tip is not straightforward");
    static final Citation DAFTARY_2015 = new Citation("Daftary AR, Karnik AS",
            "Perspectives in ultrasound-guided musculoskeletal interventions",
            "Indian Journal of Radiology and Imaging 2015;25(3):246-260", "https://doi.org/10.4103/0971-3026.161445",
            "In MSK procedures, a needle in line with the transducer's long side shows as a bright line");
    static final Citation MSK_OVERVIEW = new Citation("", "What is MSK ultrasound?", "ultrasounddegree.com",
            "https://ultrasounddegree.com/articles/what-is-msk-ultrasound/",
            "MSK ultrasound guides needles in real time for injections and aspirations");
}
