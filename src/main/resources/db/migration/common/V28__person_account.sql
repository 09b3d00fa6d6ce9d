-- The account a person signs in with, linked explicitly (Administration sets it on the account's
-- page): tasks, statements and sign-offs find their person through it, also when the account's
-- e-mail differs from the person's. Existing accounts are linked once to the person of the same
-- e-mail in each municipality where they hold a role.
alter table person add column account_id bigint;
create unique index ux_person_account on person (tenant_id, account_id);
update person set account_id = (
    select a.id from account a
    where a.email = person.email
      and exists (select 1 from account_role r where r.account_id = a.id and r.tenant_id = person.tenant_id))
where email is not null;
