-- One-time tokens of page forms: a form posted again (browser back and save, a double click) is
-- answered with the first post's result instead of doing it twice. Rows older than a day go.
create table form_submission (
    token       varchar(36)   primary key,
    principal   varchar(320)  not null,
    location    varchar(2000),
    created_at  timestamp with time zone not null
);
create index ix_form_submission_created on form_submission (created_at);
