package org.involveportal.consultation;

import java.time.Instant;
import java.util.List;
import org.involveportal.i18n.Language;

/**
 * What was done after a consultation, shown as the last step of its decision trail: for example the actions of an
 * action plan that come from it. A feature implements it as a CDI bean; the trail lists every item found, in order
 * of {@link Item#updatedAt()}, and shows "not yet" when there are none.
 */
public interface ConsultationFollowUp {

    /** The items that come from the consultation, with their words in the reader's language where written. */
    List<Item> followUpsOf(long consultationId, Language reader);

    /**
     * One item: its title and the language that title is written in (so a fallback is marked), the public address
     * of its page (from the site root, without a language prefix), its status in the reader's language, and when
     * it last changed.
     */
    record Item(String title, Language titleLanguage, String path, String status, Instant updatedAt) {
    }
}
