-- db-scheduler 16.x task table (H2 dialect), as documented by db-scheduler for HSQLDB/H2
-- (db-scheduler/src/test/resources/hsql_tables.sql, with the priority column added in 15.0).
-- Created here so that workers never need DDL rights.

CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100),
    task_instance         VARCHAR(100),
    task_data             BLOB,
    execution_time        TIMESTAMP WITH TIME ZONE,
    picked                BOOLEAN,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
