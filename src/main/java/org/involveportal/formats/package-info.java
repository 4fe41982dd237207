/**
 * "Ask for this in another format": people asking for information in another format or language, acknowledged in
 * their language and way, due in ten working days (England and Wales bank holidays left out), handled by editors in
 * a queue, and answered with a file only that person can fetch. May use people (who is signed in, "my data"), audit,
 * i18n, platform and the page kit; it reads staff display names by their table, so the staff home may count its
 * requests without a cycle.
 */
package org.involveportal.formats;
