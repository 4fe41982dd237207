/**
 * Servlet filters in front of every page: security headers, one spelling per address, same-origin posts,
 * request size limits and the error pages' requests. May use platform only.
 */
package org.involveportal.web.filter;
