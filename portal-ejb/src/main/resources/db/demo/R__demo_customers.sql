-- Demo data for ./run.sh only (location db/demo, enabled by clientela.demo-data=true).
-- The portal's records of the demo customers of keycloak-realm/src/main/realm/clientela-realm.json,
-- linked by their fixed Keycloak subject ids. Idempotent: Flyway reruns it whenever it changes.
-- Catalog, news and orders join here as their capabilities arrive.

insert into customer (id, subject, email, first_name, last_name, preferred_language, registered_at, version)
select next value for customer_seq, 'c1e17e1a-0000-4000-8000-000000000001', 'customer@clientela.test',
       'Olena', 'Kovalenko', 'EN', timestamp with time zone '2026-01-15 09:30:00+00', 0
where not exists (select 1 from customer where subject = 'c1e17e1a-0000-4000-8000-000000000001');

insert into customer (id, subject, email, first_name, last_name, preferred_language, registered_at, version)
select next value for customer_seq, 'c1e17e1a-0000-4000-8000-000000000002', 'customer2@clientela.test',
       'Ivan', 'Petrov', 'BG', timestamp with time zone '2026-03-02 17:05:00+00', 0
where not exists (select 1 from customer where subject = 'c1e17e1a-0000-4000-8000-000000000002');

insert into interaction (id, customer_id, actor_subject, actor_name, type, channel, occurred_at, reference, summary)
select next value for interaction_seq, c.id, c.subject, c.first_name || ' ' || c.last_name, 'REGISTERED', 'WEB',
       c.registered_at, 'customer:' || c.id, 'Registered as ' || c.email
from customer c
where c.subject in ('c1e17e1a-0000-4000-8000-000000000001', 'c1e17e1a-0000-4000-8000-000000000002')
  and not exists (select 1 from interaction i where i.customer_id = c.id and i.type = 'REGISTERED');
