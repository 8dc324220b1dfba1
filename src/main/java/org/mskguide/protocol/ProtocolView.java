package org.mskguide.protocol;

import java.util.List;

import org.mskguide.content.Source;
import org.mskguide.sonogram.Probe;

/**
 * One standard view of a joint's examination, in the order it is scanned.
 *
 * @param id         permanent: the view's anchor on the protocol page ({@code /protocols/shoulder#biceps-short-axis})
 *                   and its row id in the sign-off CSV; never rename a published one
 * @param number     its place in the examination, from 1
 * @param patient    how the patient sits or lies and how the limb is held
 * @param structures what the view should show
 * @param dynamic    a movement to watch, or null
 * @param pitfalls   the common ways this view goes wrong (anisotropy, the wrong side of a bone...)
 * @param source     the named standard the view follows
 * @param alsoCites  further sources for a detail of the view (may be empty)
 * @param sonogram   the image simulator's id for this view's simulated image, or null; stored, not yet shown
 */
public record ProtocolView(String id, int number, String title, String patient, Probe probe, List<String> structures,
        String dynamic, List<String> pitfalls, Source source, List<Source> alsoCites, String sonogram) {

    public ProtocolView {
        structures = List.copyOf(structures);
        pitfalls = List.copyOf(pitfalls);
        alsoCites = List.copyOf(alsoCites);
    }
}
