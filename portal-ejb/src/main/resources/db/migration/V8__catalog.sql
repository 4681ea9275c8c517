-- Store catalog: hierarchical categories named per language, products by SKU with a name and
-- description per language, a net price with its VAT rate (EUR, exact decimals) and stock.

create sequence catalog_category_seq start with 1 increment by 50;
create sequence product_seq start with 1 increment by 50;

create table catalog_category (
    id        bigint      not null,
    parent_id bigint,
    slug      varchar(80) not null,
    active    boolean     not null,
    version   bigint      not null,
    constraint pk_catalog_category primary key (id),
    constraint uq_catalog_category_slug unique (slug),
    constraint fk_catalog_category_parent foreign key (parent_id) references catalog_category (id)
);

create table catalog_category_name (
    category_id bigint       not null,
    language    varchar(2)   not null,
    name        varchar(120) not null,
    constraint pk_catalog_category_name primary key (category_id, language),
    constraint fk_catalog_category_name_category foreign key (category_id) references catalog_category (id)
);

create table product (
    id          bigint        not null,
    sku         varchar(40)   not null,
    category_id bigint        not null,
    net_price   numeric(12,2) not null,
    vat_rate    numeric(5,2)  not null,
    currency    varchar(3)    not null,
    stock       integer       not null,
    active      boolean       not null,
    brand       varchar(80),
    colour      varchar(40),
    image_url   varchar(500),
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint pk_product primary key (id),
    constraint uq_product_sku unique (sku),
    constraint fk_product_category foreign key (category_id) references catalog_category (id),
    -- the last line of defence: the entity refuses these first
    constraint ck_product_stock check (stock >= 0),
    constraint ck_product_price check (net_price >= 0),
    constraint ck_product_vat check (vat_rate >= 0 and vat_rate < 100)
);
create index ix_product_category on product (category_id, active);

create table product_text (
    product_id  bigint        not null,
    language    varchar(2)    not null,
    name        varchar(200)  not null,
    description varchar(4000),
    constraint pk_product_text primary key (product_id, language),
    constraint fk_product_text_product foreign key (product_id) references product (id)
);
