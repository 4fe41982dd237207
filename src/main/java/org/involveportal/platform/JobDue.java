package org.involveportal.platform;

/**
 * Asks the scheduled job of this name to run now on this instance, as its timer would: through the job's
 * lease ({@link Jobs#runHere}). Fired only by {@link JobsTestServlet}; each job observes it and answers
 * {@link #answer} whether it ran.
 */
public final class JobDue {

    private final String name;
    private Boolean ran;

    public JobDue(String name) {
        this.name = name;
    }

    public boolean is(String job) {
        return name.equals(job);
    }

    /** The job this event names says whether it ran (it held the lease) or not. */
    public void answer(boolean ranHere) {
        this.ran = ranHere;
    }

    /** Null when no job has this name. */
    public Boolean ran() {
        return ran;
    }
}
