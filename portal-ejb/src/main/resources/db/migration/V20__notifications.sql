-- Notifications: what a customer or a member of staff was told in the portal's list, and the
-- kinds and channels a customer switched off (on by default, so only the switches off are rows).

create sequence notification_seq start with 1 increment by 50;

create table notification (
    id                bigint       not null,
    -- the customer a customer notice concerns (export and erasure find it by this); null for staff
    customer_id       bigint,
    -- whose list shows it: the person's Keycloak subject (a company account, which nobody signs
    -- in as, is told by mail only)
    recipient_subject varchar(64)  not null,
    kind              varchar(30)  not null,
    reference         varchar(200) not null,
    link              varchar(500) not null,
    created_at        timestamp(6) with time zone not null,
    read_at           timestamp(6) with time zone,
    constraint pk_notification primary key (id),
    constraint fk_notification_customer foreign key (customer_id) references customer (id)
);
-- the header's unread count on every page, and the list
create index ix_notification_recipient on notification (recipient_subject, read_at);
create index ix_notification_customer on notification (customer_id);

create table notification_opt_out (
    customer_id bigint      not null,
    kind        varchar(30) not null,
    channel     varchar(10) not null,
    constraint pk_notification_opt_out primary key (customer_id, kind, channel),
    constraint fk_notification_opt_out_customer foreign key (customer_id) references customer (id)
);
