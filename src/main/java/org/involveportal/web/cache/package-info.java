/**
 * Public pages rendered once and served many times: the cache of rendered pages for visitors who are
 * not signed in (keyed by page, language, reading mode and the query parameters pages read), cleared by
 * commits that change public content and by time, with ETag and Last-Modified answers; and static files
 * with fingerprinted addresses, cached for a year. May use platform and i18n only.
 */
package org.involveportal.web.cache;
