-- Scheduled jobs (digests, meeting reminders, housekeeping) run on one instance at a time: an instance runs a job
-- only while it holds that job's lease, taken and renewed by one conditional statement (platform.JobLease). When
-- the holder stops, its lease runs out and another instance takes the job at its next run.
CREATE TABLE job_lease (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    holder     VARCHAR(200) NOT NULL,
    expires_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
