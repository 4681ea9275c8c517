-- The customer 360 filters the timeline by type and pages it newest first by keyset.
create index ix_interaction_customer_type_time on interaction (customer_id, type, occurred_at desc, id desc);
