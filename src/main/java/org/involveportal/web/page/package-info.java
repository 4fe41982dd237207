/**
 * The page kit shared by every feature's page beans: their lifecycle (PageBean), form problems and values, navigation and redirects,
 * links per language and reading mode, preview, pictures and the council's details. May use i18n and
 * platform only; never a feature.
 */
package org.involveportal.web.page;
