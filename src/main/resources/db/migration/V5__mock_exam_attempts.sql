-- Mock exam attempts (org.mskguide.mockexam.MockExamAttempt and MockExamAnswer), counted in /mock-exam/stats.
-- Portable SQL: the same file runs on H2 (the embedded default) and on PostgreSQL.
-- Anonymous: when the exam was started and submitted, whether it was late, and per question its content area, topic,
-- section and outcome (right, wrong or unanswered). No name, no address, no cookie, not the choice picked.

-- Panache entities take ids from <table>_seq; Hibernate fetches 50 ids at a time (increment by 50).
create sequence mock_exam_attempt_seq start with 1 increment by 50;
create sequence mock_exam_answer_seq start with 1 increment by 50;

create table mock_exam_attempt (
    id           bigint                      not null,
    public_id    uuid                        not null,
    started_at   timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone not null,
    late         boolean                     not null,
    score        integer                     not null,
    total        integer                     not null,
    constraint pk_mock_exam_attempt primary key (id),
    constraint uk_mock_exam_attempt_public_id unique (public_id)
);

create table mock_exam_answer (
    id          bigint       not null,
    attempt_id  bigint       not null,
    position    integer      not null,
    question_id varchar(100) not null,
    area        varchar(100) not null,
    topic       varchar(100) not null,
    section     varchar(200) not null,
    -- CORRECT, WRONG or UNANSWERED, written by Hibernate from GradedQuiz.Outcome. No CHECK constraint, like the
    -- other tables: H2 2.x failed to evaluate this one ("Check constraint invalid", 23514) on batched inserts once
    -- the application had served other tests, which turned a submit into a 503.
    outcome     varchar(10)  not null,
    constraint pk_mock_exam_answer primary key (id),
    constraint fk_mock_exam_answer_attempt foreign key (attempt_id) references mock_exam_attempt (id)
);

-- Loading one result page; the statistics group answers by area.
create index ix_mock_exam_answer_attempt on mock_exam_answer (attempt_id);
create index ix_mock_exam_answer_area on mock_exam_answer (area);
