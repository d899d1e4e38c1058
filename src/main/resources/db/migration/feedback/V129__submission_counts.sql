-- Public submissions per client address, shared by every application node: one row per address
-- with the times of its submissions still inside the window (SubmissionThrottle). Bounded like the
-- in-memory table it replaces: past ngoso.feedback.throttle.max-addresses rows, the least recently
-- touched (by the sequence) go.
create sequence submission_count_touch;
create table submission_count (
    address text          not null primary key,
    times   timestamptz[] not null,
    touched bigint        not null default nextval('submission_count_touch')
);
create index submission_count_touched on submission_count (touched);
