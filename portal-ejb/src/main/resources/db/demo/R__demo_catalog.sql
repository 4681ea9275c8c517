-- Demo catalog for ./run.sh only: Computers › Laptops, Accessories, and a few products. The ERP
-- keeps a real catalog through /api/store. Idempotent: rows are matched by slug or SKU.

insert into catalog_category (id, parent_id, slug, active, version)
select next value for catalog_category_seq, null, s.slug, true, 0
from (values ('computers'), ('accessories')) as s (slug)
where not exists (select 1 from catalog_category c where c.slug = s.slug);

insert into catalog_category (id, parent_id, slug, active, version)
select next value for catalog_category_seq, p.id, 'laptops', true, 0
from catalog_category p
where p.slug = 'computers' and not exists (select 1 from catalog_category where slug = 'laptops');

insert into catalog_category_name (category_id, language, name)
select c.id, n.language, n.name
from catalog_category c
join (values ('computers', 'EN', 'Computers'), ('computers', 'BG', 'Компютри'), ('computers', 'UK', 'Комп''ютери'),
             ('computers', 'RU', 'Компьютеры'), ('laptops', 'EN', 'Laptops'), ('laptops', 'BG', 'Лаптопи'),
             ('laptops', 'UK', 'Ноутбуки'), ('laptops', 'RU', 'Ноутбуки'), ('accessories', 'EN', 'Accessories'),
             ('accessories', 'BG', 'Аксесоари'), ('accessories', 'UK', 'Аксесуари'),
             ('accessories', 'RU', 'Аксессуары')) as n (slug, language, name)
  on n.slug = c.slug
where not exists (select 1 from catalog_category_name x where x.category_id = c.id and x.language = n.language);

insert into product (id, sku, category_id, net_price, vat_rate, currency, stock, active, brand, colour, image_url,
                     updated_at, version)
select next value for product_seq, p.sku, c.id, p.net_price, 20.00, 'EUR', p.stock, true, p.brand, p.colour, null,
       timestamp with time zone '2026-11-20 08:00:00+00', 0
from (values ('NB-AIR-13', 'laptops', 899.00, 12, 'Acme', 'silver'),
             ('NB-PRO-15', 'laptops', 1499.00, 4, 'Acme', 'grey'),
             ('NB-EDU-11', 'laptops', 349.00, 0, 'Lumo', 'blue'),
             ('MS-WL-1', 'accessories', 24.90, 80, 'Lumo', 'black'),
             ('KB-BT-2', 'accessories', 59.00, 25, 'Acme', 'white')) as p (sku, category, net_price, stock, brand, colour)
join catalog_category c on c.slug = p.category
where not exists (select 1 from product x where x.sku = p.sku);

insert into product_text (product_id, language, name, description)
select p.id, t.language, t.name, t.description
from product p
join (values ('NB-AIR-13', 'EN', 'Air 13 laptop', 'Light, quiet, a full day on one charge.'),
             ('NB-AIR-13', 'BG', 'Лаптоп Air 13', 'Лек, тих, цял ден на едно зареждане.'),
             ('NB-AIR-13', 'UK', 'Ноутбук Air 13', 'Легкий, тихий, цілий день на одному заряді.'),
             ('NB-AIR-13', 'RU', 'Ноутбук Air 13', 'Лёгкий, тихий, целый день на одной зарядке.'),
             ('NB-PRO-15', 'EN', 'Pro 15 laptop', 'A large screen and power for work.'),
             ('NB-PRO-15', 'BG', 'Лаптоп Pro 15', 'Голям екран и мощност за работа.'),
             ('NB-EDU-11', 'EN', 'Edu 11 laptop', 'A sturdy first laptop for school.'),
             ('MS-WL-1', 'EN', 'Wireless mouse', 'Two years on one battery.'),
             ('MS-WL-1', 'BG', 'Безжична мишка', 'Две години с една батерия.'),
             ('KB-BT-2', 'EN', 'Bluetooth keyboard', 'Pairs with three devices.')) as t (sku, language, name, description)
  on t.sku = p.sku
where not exists (select 1 from product_text x where x.product_id = p.id and x.language = t.language);
