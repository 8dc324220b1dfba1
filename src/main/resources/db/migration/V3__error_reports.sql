-- Reports of mistakes sent by readers (org.mskguide.report.ErrorReport), listed only for the maintainers.
-- Portable SQL: the same file runs on H2 (the embedded default) and on PostgreSQL.
-- A report names where the mistake is (a topic, optionally its section, or a quiz question), what is wrong, an optional
-- source and an optional contact the sender chose to give. Nothing else about the sender is stored.

-- Panache entities take ids from <table>_seq; Hibernate fetches 50 ids at a time (increment by 50).
create sequence error_report_seq start with 1 increment by 50;

create table error_report (
    id          bigint                      not null,
    received_at timestamp(6) with time zone not null,
    topic       varchar(100),
    section_id  varchar(200),
    question_id varchar(100),
    place       varchar(1200)               not null,
    problem     varchar(2000)               not null,
    source_text varchar(500),
    contact     varchar(200),
    constraint pk_error_report primary key (id)
);

-- The maintainers' list shows the newest first.
create index ix_error_report_received on error_report (received_at);
