/**
 * The {@code hros.*} settings as a whole: every key given to HROS must be one that a settings record binds, so that a
 * misspelt key stops the start instead of being ignored in silence.
 */
package org.hros.platform.config;
