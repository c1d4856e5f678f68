-- reporting module: the instances that run report jobs. Each instance writes its heartbeat here every few seconds;
-- the jobs of an instance whose heartbeat is older than ptdv.reports.jobs.node-timeout-seconds (killed, its host
-- gone) are failed by the instances still alive, so no job waits forever for a server that will not come back.
CREATE TABLE rpt_node (
    node       VARCHAR(200) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP    NOT NULL,
    beat_at    TIMESTAMP    NOT NULL
);
