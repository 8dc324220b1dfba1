-- Class quizzes (org.mskguide.quiz.ClassQuiz) and the attempts taken through them.
-- Portable SQL: the same file runs on H2 (the embedded default) and on PostgreSQL.
-- No personal data: a class quiz has a label, its questions and dates; the instructor's private key is stored only
-- as a SHA-256 hash; a student's attempt is an ordinary quiz attempt that names the class.

create sequence class_quiz_seq start with 1 increment by 50;

create table class_quiz (
    id             bigint                      not null,
    code           varchar(16)                 not null,
    secret_hash    varchar(64)                 not null,
    label          varchar(80)                 not null,
    question_ids   varchar(3100)               not null,
    shuffled       boolean                     not null,
    closes_on      date,
    closed         boolean                     not null,
    notice_pending boolean                     not null,
    created_at     timestamp(6) with time zone not null,
    constraint pk_class_quiz primary key (id),
    constraint uk_class_quiz_code unique (code)
);

-- The clean-up job finds classes past their retention period by creation time.
create index ix_class_quiz_created on class_quiz (created_at);

-- An attempt taken through a class quiz names it; ordinary attempts leave it null.
alter table quiz_attempt add column class_code varchar(16);
alter table quiz_attempt add constraint fk_quiz_attempt_class foreign key (class_code) references class_quiz (code);
create index ix_quiz_attempt_class on quiz_attempt (class_code);

-- An attempt at a quiz of questions named in its address (/quiz?questions=a,b: "practise the questions you missed").
alter table quiz_attempt add column chosen boolean default false not null;
