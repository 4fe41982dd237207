package org.involveportal.people;

import java.util.List;
import java.util.Map;

/**
 * Something else the portal holds about a resident (group memberships, meeting registrations), for "my
 * data". Features implement it as a CDI bean; the page and the download list every section found.
 */
public interface PersonalDataSource {

    /** One kind of thing held: a bundle key naming it, and each item as label key to value. */
    record Section(String titleKey, List<Map<String, String>> items) {
    }

    List<Section> sectionsFor(long residentId);
}
