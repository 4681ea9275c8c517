package org.clientela.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * A made-up store catalog for the benchmarks, as the ERP would send it: 20 categories (5 with 3
 * subcategories each) and products named in English and Bulgarian from a small vocabulary, so
 * that a search for any of its words finds some. The same seed gives the same catalog.
 */
final class CatalogSeed {

    record Category(String slug, String parent, String en, String bg) {}

    record Product(
            String sku,
            String category,
            BigDecimal netPrice,
            int stock,
            String brand,
            String colour,
            String nameEn,
            String nameBg,
            String descriptionEn,
            String descriptionBg) {

        /** What customers pay: the net price plus 20 % VAT, to the cent, as the catalog works it out. */
        BigDecimal grossPrice() {
            return netPrice.add(
                    netPrice.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        }
    }

    /** A leaf category and the two kinds of thing it sells, in English and Bulgarian. */
    private record Leaf(String slug, String en, String bg, String[] nounsEn, String[] nounsBg) {}

    private record Parent(String slug, String en, String bg, Leaf... leaves) {}

    private static final Parent[] TREE = {
        new Parent(
                "kitchen",
                "Kitchen",
                "Кухня",
                new Leaf("kettles", "Kettles", "Чайници", words("kettle", "teapot"), words("чайник", "кана")),
                new Leaf("toasters", "Toasters", "Тостери", words("toaster", "grill"), words("тостер", "грил")),
                new Leaf("blenders", "Blenders", "Блендери", words("blender", "mixer"), words("блендер", "миксер"))),
        new Parent(
                "garden",
                "Garden",
                "Градина",
                new Leaf("hoses", "Hoses", "Маркучи", words("hose", "sprinkler"), words("маркуч", "пръскачка")),
                new Leaf("lanterns", "Lanterns", "Фенери", words("lantern", "torch"), words("фенер", "факла")),
                new Leaf("tools", "Tools", "Инструменти", words("shovel", "rake"), words("лопата", "гребло"))),
        new Parent(
                "home",
                "Home",
                "Дом",
                new Leaf("lighting", "Lighting", "Осветление", words("lamp", "chandelier"), words("лампа", "полилей")),
                new Leaf("textiles", "Textiles", "Текстил", words("blanket", "pillow"), words("одеяло", "възглавница")),
                new Leaf("clocks", "Clocks", "Часовници", words("clock", "barometer"), words("часовник", "барометър"))),
        new Parent(
                "office",
                "Office",
                "Офис",
                new Leaf("chairs", "Chairs", "Столове", words("chair", "stool"), words("стол", "табуретка")),
                new Leaf("desks", "Desks", "Бюра", words("desk", "shelf"), words("бюро", "рафт")),
                new Leaf("paper", "Paper", "Хартия", words("notebook", "folder"), words("тетрадка", "папка"))),
        new Parent(
                "outdoor",
                "Outdoor",
                "Туризъм",
                new Leaf("tents", "Tents", "Палатки", words("tent", "hammock"), words("палатка", "хамак")),
                new Leaf("backpacks", "Backpacks", "Раници", words("backpack", "bag"), words("раница", "чанта")),
                new Leaf("flasks", "Flasks", "Термоси", words("flask", "bottle"), words("термос", "бутилка")))
    };

    /** Materials: nouns in Bulgarian too, so that the names need no grammatical agreement. */
    private static final String[] MATERIALS_EN = {
        "steel",
        "ceramic",
        "glass",
        "bamboo",
        "oak",
        "copper",
        "cotton",
        "wool",
        "aluminium",
        "leather",
        "linen",
        "granite",
        "marble",
        "titanium",
        "silicone"
    };

    private static final String[] MATERIALS_BG = {
        "стомана",
        "керамика",
        "стъкло",
        "бамбук",
        "дъб",
        "мед",
        "памук",
        "вълна",
        "алуминий",
        "кожа",
        "лен",
        "гранит",
        "мрамор",
        "титан",
        "силикон"
    };

    static final String[] BRANDS = {
        "Aurora",
        "Borealis",
        "Cobalt",
        "Dunmore",
        "Elkhorn",
        "Fenwick",
        "Galena",
        "Harlow",
        "Juniper",
        "Kestrel",
        "Larkspur",
        "Marlow",
        "Northwind",
        "Orchard",
        "Pinecrest",
        "Quarry",
        "Redwood",
        "Saltmarsh",
        "Thornbury",
        "Umber",
        "Vantage",
        "Westbrook",
        "Yarrow",
        "Zenith",
        "Alder"
    };

    private static final String[] COLOURS = {"black", "white", "red", "green", "blue", "grey", "yellow"};

    private CatalogSeed() {}

    static List<Category> categories() {
        List<Category> categories = new ArrayList<>();
        for (Parent parent : TREE) {
            categories.add(new Category(parent.slug(), null, parent.en(), parent.bg()));
            for (Leaf leaf : parent.leaves()) {
                categories.add(new Category(parent.slug() + "-" + leaf.slug(), parent.slug(), leaf.en(), leaf.bg()));
            }
        }
        return categories;
    }

    /**
     * {@code count} products with SKUs {@code prefix-00000}…, spread over the subcategories.
     *
     * @param stock the stock of the product with this index
     * @param marker a made-up word put into the names of the first and the last product, so that a
     *     search for it finds exactly those two once the index holds them all (null: none)
     */
    static List<Product> products(String prefix, int count, IntUnaryOperator stock, String marker, long seed) {
        Random random = new Random(seed);
        List<Leaf> leaves = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (Parent parent : TREE) {
            for (Leaf leaf : parent.leaves()) {
                leaves.add(leaf);
                slugs.add(parent.slug() + "-" + leaf.slug());
            }
        }
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int leafIndex = random.nextInt(leaves.size());
            Leaf leaf = leaves.get(leafIndex);
            int noun = random.nextInt(2);
            int material = random.nextInt(MATERIALS_EN.length);
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            int model = 100 + random.nextInt(9900);
            String nounEn = leaf.nounsEn()[noun];
            String nounBg = leaf.nounsBg()[noun];
            String tail = marker != null && (i == 0 || i == count - 1) ? " " + marker : "";
            products.add(new Product(
                    String.format("%s-%05d", prefix, i),
                    slugs.get(leafIndex),
                    BigDecimal.valueOf(500 + random.nextInt(50_000), 2),
                    stock.applyAsInt(i),
                    brand,
                    COLOURS[random.nextInt(COLOURS.length)],
                    capitalised(MATERIALS_EN[material]) + " " + nounEn + " " + model + tail,
                    capitalised(nounBg) + " " + model + ", " + MATERIALS_BG[material] + tail,
                    "A " + MATERIALS_EN[material] + " " + nounEn + " by " + brand + ", model " + model + ".",
                    capitalised(nounBg) + " на " + brand + " от " + MATERIALS_BG[material] + ", модел " + model + "."));
        }
        return products;
    }

    /** Every word a product name is made of (brands aside), English first, then Bulgarian. */
    static List<String> searchWords(boolean bulgarian) {
        List<String> words = new ArrayList<>(List.of(bulgarian ? MATERIALS_BG : MATERIALS_EN));
        for (Parent parent : TREE) {
            for (Leaf leaf : parent.leaves()) {
                words.addAll(List.of(bulgarian ? leaf.nounsBg() : leaf.nounsEn()));
            }
        }
        return words;
    }

    static String categoriesJson(List<Category> categories) {
        return categories.stream()
                .map(c -> "{\"slug\":" + json(c.slug()) + (c.parent() == null ? "" : ",\"parent\":" + json(c.parent()))
                        + ",\"names\":{\"en\":" + json(c.en()) + ",\"bg\":" + json(c.bg()) + "}}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String productsJson(List<Product> products) {
        return products.stream()
                .map(p -> "{\"sku\":" + json(p.sku()) + ",\"category\":" + json(p.category()) + ",\"netPrice\":"
                        + p.netPrice().toPlainString() + ",\"vatRate\":20,\"stock\":" + p.stock() + ",\"brand\":"
                        + json(p.brand()) + ",\"colour\":" + json(p.colour()) + ",\"texts\":{\"en\":{\"name\":"
                        + json(p.nameEn()) + ",\"description\":" + json(p.descriptionEn()) + "},\"bg\":{\"name\":"
                        + json(p.nameBg()) + ",\"description\":" + json(p.descriptionBg()) + "}}}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string; the vocabulary has no control characters, quotes or backslashes are escaped anyway. */
    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String[] words(String... words) {
        return words;
    }
}
