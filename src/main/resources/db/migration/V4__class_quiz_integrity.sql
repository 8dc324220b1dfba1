-- Class-quiz integrity, as the instructor chooses (org.mskguide.quiz.ClassQuiz).
-- Portable SQL: the same file runs on H2 (the embedded default) and on PostgreSQL.
-- Classes created before this migration keep the behaviour they were created with: any number of attempts from a
-- browser, and the right answers shown straight after each attempt.

-- One attempt per browser: a signed cookie per class marks a browser that has sent its answers (a deterrent, not
-- identity: another browser or a cleared cookie gets in again).
alter table class_quiz add column one_per_browser boolean default false not null;

-- When a student sees the right answers: 'immediately', 'after-close' (once the class is closed by hand or its last
-- day has passed) or 'never' (score only).
alter table class_quiz add column answers_shown varchar(16) default 'immediately' not null;
