package org.hros.platform.db;

/**
 * A backup or restore refused for a reason the operator can act on (a database that is not empty, an archive that
 * is not one, a file that is missing); its message says what to do and is printed as it is, without a stack trace.
 */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }
}
