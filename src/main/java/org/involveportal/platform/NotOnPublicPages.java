package org.involveportal.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no public page shows (responses, drafts, accounts, the audit trail): writing it
 * leaves the cache of rendered public pages as it is. Every other entity's writes clear that cache
 * once they are committed ({@link PublicContentCommits}), so forgetting this mark costs a cache clear,
 * never a stale page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotOnPublicPages {

    /** Tables written by SQL along with the entity that no public page shows either (counts kept of it, say). */
    String[] tables() default {};
}
