-- Failed logins are counted in a window (5 in 15 minutes by default), claimed atomically before
-- the password is checked, so that parallel attempts cannot try more passwords than allowed.
alter table account add column attempts_since timestamp with time zone;
