/**
 * Partner organisations (a carers' centre, a user-led charity, the NHS trust ...) that run consultations and meetings
 * with the council: admins keep their name, contact and logo; other features name one on what it runs. May use audit,
 * i18n, platform and the page kit; it knows none of the features that name it.
 */
package org.involveportal.partner;
