-- A known quirk per Ratsinformationssystem (issue 17): a server whose change filter cannot be
-- trusted (objects changed without a new `modified`, `modified_since` ignored or refused) is read
-- whole at every run.
alter table oparl_source add column always_full boolean default false not null;
