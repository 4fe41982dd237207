package org.involveportal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import org.involveportal.i18n.Language;

/** A resident's involvement history, from every {@link InvolvementHistorySource} the portal has. */
@ApplicationScoped
public class InvolvementHistories {

    @Inject
    private Instance<InvolvementHistorySource> sources;

    public InvolvementHistory of(long residentId, Language reader) {
        var entries = new ArrayList<InvolvementHistory.Entry>();
        for (InvolvementHistorySource source : sources) {
            entries.addAll(source.historyOf(residentId, reader));
        }
        return InvolvementHistory.of(entries);
    }
}
