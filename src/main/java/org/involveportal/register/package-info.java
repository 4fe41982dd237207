/**
 * The register of involved people for staff: residents who agreed to be contacted about taking part, searched by
 * topic, client group, ladder level, language, area, needs and availability; exported, and invited by email in
 * their language or by letter. Every search and export is audited with its criteria and count, never names.
 */
package org.involveportal.register;
