-- A signed-in customer's cart: what they put in it, kept between sessions and devices.

create table cart_line (
    customer_id bigint      not null,
    sku         varchar(40) not null,
    quantity    integer     not null,
    added_at    timestamp(6) with time zone not null,
    constraint pk_cart_line primary key (customer_id, sku),
    constraint fk_cart_line_customer foreign key (customer_id) references customer (id),
    constraint ck_cart_line_quantity check (quantity > 0)
);
