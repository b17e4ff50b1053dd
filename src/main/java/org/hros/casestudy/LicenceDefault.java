package org.hros.casestudy;

/**
 * The licence a new case starts with, as the community's admins chose it. Provided by the module that keeps the
 * site's settings, so that the case library depends on none; without one, {@link Licence#DEFAULT}.
 */
public interface LicenceDefault {

    Licence defaultLicence();
}
