/**
 * MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}. May use platform only.
 */
package org.involveportal.platform.health;
