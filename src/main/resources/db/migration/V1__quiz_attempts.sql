-- Quiz attempts (org.mskguide.quiz.QuizAttempt and QuizAnswer).
-- Portable SQL: the same file runs on H2 (the embedded default) and on PostgreSQL.
-- Each answer row keeps a copy of the question as it read when graded, so a stored result
-- still renders after the question bank changes. No personal data is stored.

-- Panache entities take ids from <table>_seq; Hibernate fetches 50 ids at a time (increment by 50).
create sequence quiz_attempt_seq start with 1 increment by 50;
create sequence quiz_answer_seq start with 1 increment by 50;

create table quiz_attempt (
    id         bigint                   not null,
    public_id  uuid                     not null,
    taken_at   timestamp(6) with time zone not null,
    topic      varchar(100),
    score      integer                  not null,
    total      integer                  not null,
    constraint pk_quiz_attempt primary key (id),
    constraint uk_quiz_attempt_public_id unique (public_id)
);

create table quiz_answer (
    id                bigint        not null,
    attempt_id        bigint        not null,
    position          integer       not null,
    question_id       varchar(100)  not null,
    topic             varchar(100)  not null,
    section           varchar(200)  not null,
    question_text     varchar(1000) not null,
    chosen_choice_id  varchar(100),
    chosen_text       varchar(500),
    correct_choice_id varchar(100)  not null,
    correct_text      varchar(500)  not null,
    correct           boolean       not null,
    explanation       varchar(2000) not null,
    why_others_wrong  varchar(2000),
    constraint pk_quiz_answer primary key (id),
    constraint fk_quiz_answer_attempt foreign key (attempt_id) references quiz_attempt (id)
);

-- Loading one result page, and the per-question statistics (grouped by question, optionally one topic).
create index ix_quiz_answer_attempt on quiz_answer (attempt_id);
create index ix_quiz_answer_question on quiz_answer (topic, question_id);
