-- OParl (issue 17): what a municipality publishes, and when organisation objects were created and
-- last changed (OParl's created/modified; rows that exist get the time of this migration).
alter table body add column oparl_published boolean default false not null;
alter table body add column modified timestamp with time zone default current_timestamp not null;

alter table organization add column published boolean default false not null;
alter table organization add column created timestamp with time zone default current_timestamp not null;
alter table organization add column modified timestamp with time zone default current_timestamp not null;

-- consent: the person's name may appear as a member of a published committee
alter table person add column published boolean default false not null;
alter table person add column created timestamp with time zone default current_timestamp not null;
alter table person add column modified timestamp with time zone default current_timestamp not null;

alter table membership add column created timestamp with time zone default current_timestamp not null;
alter table membership add column modified timestamp with time zone default current_timestamp not null;

-- the OParl lists page by id within a municipality
create index ix_paper_oparl on paper (tenant_id, public_paper, id);
create index ix_meeting_oparl on meeting (tenant_id, organization_id, id);
