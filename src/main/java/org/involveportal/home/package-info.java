/**
 * The home page and the pages every footer links to (accessibility statement; the glossary has its own package). May use the
 * features it shows (consultation, forum), i18n and the page kit; no feature uses it.
 */
package org.involveportal.home;
