package org.involveportal.joining;

/** What the staff pages of a group's members read from their address. */
final class StaffGroupAccess {

    private StaffGroupAccess() {
    }

    /** A row id from the address, or null when it is not one. */
    static Long id(String value) {
        return value != null && value.matches("[1-9][0-9]{0,17}") ? Long.valueOf(value) : null;
    }
}
