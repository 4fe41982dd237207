/**
 * "Keep me informed": one digest, at most weekly, of the consultations, groups and activities that opened on a
 * resident's topics, emailed in their language (with a link that stops it) or put on the post list staff print.
 */
package org.involveportal.digest;
