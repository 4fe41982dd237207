/**
 * How the web application is set up as a whole: stateless Faces views and the session cookie. Its
 * sub-packages hold the page kit ({@code web.page}) and the servlet filters ({@code web.filter}). Nothing
 * here or below may use a feature package.
 */
package org.involveportal.web;
