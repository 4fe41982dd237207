package org.involveportal.people;

import java.time.Instant;
import java.util.List;

/**
 * Everything the portal holds about one resident, for "my data": the account, the involvement profile,
 * emailed links not yet used, and what other features hold (group memberships, meeting registrations).
 */
public record PersonalData(long residentId, String email, String language, Instant createdAt, Instant verifiedAt,
                           Instant profileUpdatedAt, InvolvementProfile profile, List<Instant> linksExpiring,
                           List<PersonalDataSource.Section> elsewhere) {
}
