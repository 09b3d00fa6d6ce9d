-- The amount the council approved for a budget year of a measure, when it differs from the plan.
alter table resource_entry add column approved_amount numeric(14, 2);
