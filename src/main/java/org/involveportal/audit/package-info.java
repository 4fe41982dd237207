/**
 * The audit trail: who did what in the back office, and when. It records actions, never the personal
 * answers or equality data they were about.
 */
package org.involveportal.audit;
