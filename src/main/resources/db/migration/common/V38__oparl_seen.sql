-- What the OParl server of a municipality has shown (issue 17): each object once seen in one of its
-- lists, and since when it is gone (null: still public). An object that disappears without a
-- stub of its own – a person whose consent was withdrawn, a membership removed, a committee deleted
-- for good, the meetings of a withdrawn committee – is listed as deleted from then on.
create table oparl_seen (
    tenant_id  bigint      not null references body (id),
    kind       varchar(30) not null,
    object_id  bigint      not null,
    gone_at    timestamp with time zone,
    primary key (tenant_id, kind, object_id)
);
create index ix_oparl_seen_gone on oparl_seen (tenant_id, kind, gone_at);
