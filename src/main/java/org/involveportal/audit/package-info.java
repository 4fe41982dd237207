/**
 * The audit trail: who did what in the back office, and when. It records actions, never the personal
 * answers or equality data they were about. May use i18n and platform only, so every feature may use it.
 */
package org.involveportal.audit;
