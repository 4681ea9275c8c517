-- Segments: a news article may be meant for one segment only (a targeted campaign); delivery then
-- sends it only to subscribers who are customers in that segment. Null: every matching subscriber.
alter table article add column audience_segment_id bigint;
alter table article add constraint fk_article_audience_segment foreign key (audience_segment_id) references segment (id);

-- What segment queries filter and join on over many customers
create index ix_customer_language on customer (preferred_language);
create index ix_customer_order_customer_status on customer_order (customer_id, status);
create index ix_news_subscription_customer_status on news_subscription (customer_id, status);
create index ix_question_author_category on question (author_id, category_slug);
create index ix_interaction_time on interaction (occurred_at);
create index ix_review_created on review (created_at);
