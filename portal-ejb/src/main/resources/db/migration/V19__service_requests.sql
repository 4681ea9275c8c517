-- Private service requests: a support case a customer opens themself (no question behind it),
-- with a category, an order or product it concerns, attachments, service-level due times,
-- staff-only notes, merging, a knowledge-base link and the customer's rating.
alter table support_case add column category varchar(20);
alter table support_case add column language varchar(2);
alter table support_case add column description varchar(4000);
alter table support_case add column order_id bigint;
alter table support_case add column product_sku varchar(64);
alter table support_case add column priority_reasons varchar(200);
alter table support_case add column first_answered_at timestamp(6) with time zone;
alter table support_case add column first_answer_due timestamp(6) with time zone;
alter table support_case add column resolution_due timestamp(6) with time zone;
-- when the check warns that a due time is near (three quarters of its time gone), and when it
-- did: set once, by the check that opened the follow-up task, so a breach is told once
alter table support_case add column first_answer_warn_at timestamp(6) with time zone;
alter table support_case add column resolution_warn_at timestamp(6) with time zone;
alter table support_case add column first_answer_warned_at timestamp(6) with time zone;
alter table support_case add column resolution_warned_at timestamp(6) with time zone;
alter table support_case add column merged_into_id bigint;
alter table support_case add column article_id bigint;
alter table support_case add column rating integer;
alter table support_case add column rated_at timestamp(6) with time zone;
alter table support_case add constraint fk_support_case_order foreign key (order_id) references customer_order (id);
alter table support_case add constraint fk_support_case_merged foreign key (merged_into_id) references support_case (id);
alter table support_case add constraint fk_support_case_article foreign key (article_id) references question (id);
alter table support_case add constraint ck_support_case_rating check (rating is null or rating between 1 and 5);
-- the service-level check reads open requests by their next due time
create index ix_support_case_first_warn on support_case (first_answer_warn_at);
create index ix_support_case_resolution_warn on support_case (resolution_warn_at);

-- staff-only notes never reach the customer's page
alter table case_note add column internal boolean default false not null;

create sequence case_attachment_seq start with 1 increment by 50;
create table case_attachment (
    id           bigint       not null,
    case_id      bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(40)  not null,
    byte_size    integer      not null,
    content      bytea        not null,
    created_at   timestamp(6) with time zone not null,
    constraint pk_case_attachment primary key (id),
    constraint fk_case_attachment_case foreign key (case_id) references support_case (id)
);
create index ix_case_attachment_case on case_attachment (case_id);
