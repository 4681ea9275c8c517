package org.clientela.store;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clientela.platform.Language;
import org.clientela.store.search.BrandTextBinder;
import org.clientela.store.search.CategoryPathBinder;
import org.clientela.store.search.ProductFields;
import org.clientela.store.search.ProductTextsBinder;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

/**
 * A product by SKU: names per language, a net price and its VAT rate in euros (exact decimals,
 * two places), and the stock, which never goes below zero. Indexed for the catalog search on
 * every change made through the entity (field names in {@link ProductFields}); changes made by
 * SQL reach the index only with a rebuild ({@link CatalogIndex}).
 */
@Entity
@Table(name = "product")
@EntityListeners(CatalogChanges.class) // cached public pages show it
// the index's name carries its mapping's version: a release that indexes otherwise starts a new
// index, which the start-up check finds empty and fills (CatalogIndexStartup)
@Indexed(index = "product-2")
public class Product {

    public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");
    public static final String CURRENCY = "EUR";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sku", nullable = false, unique = true, length = 40, updatable = false)
    @KeywordField(normalizer = ProductFields.SORT_NORMALIZER, sortable = Sortable.YES, projectable = Projectable.YES)
    private String sku;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    @PropertyBinding(binder = @PropertyBinderRef(type = CategoryPathBinder.class))
    private CatalogCategory category;

    @Column(name = "net_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal netPrice;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "currency", nullable = false, length = 3)
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String currency = CURRENCY;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "active", nullable = false)
    @GenericField
    private boolean active = true;

    // no normalizer: the facet shows the brand as the ERP writes it
    @Column(name = "brand", length = 80)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @PropertyBinding(binder = @PropertyBinderRef(type = BrandTextBinder.class))
    private String brand;

    @Column(name = "colour", length = 40)
    private String colour;

    @Column(name = "image_url", length = 500)
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String imageUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_text", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "name", nullable = false, length = 200)),
        @AttributeOverride(name = "description", column = @Column(name = "description", length = 4000))
    })
    @PropertyBinding(binder = @PropertyBinderRef(type = ProductTextsBinder.class))
    private Map<Language, ProductText> texts = new EnumMap<>(Language.class);

    /** The average of the product's reviews, none before the first; kept by the community capability. */
    @Column(name = "rating_average", precision = 3, scale = 2)
    @ScaledNumberField(decimalScale = 2, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private BigDecimal ratingAverage;

    @Column(name = "rating_count", nullable = false)
    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private int ratingCount;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Null until this instance changes; see {@link #listingKept()}. */
    @Transient
    private Boolean listingKept;

    protected Product() {}

    Product(String sku, Instant now) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("a SKU is 2 to 40 capital letters, digits, dots, dashes or underscores");
        }
        this.sku = sku;
        this.updatedAt = now;
    }

    /** Sets what the ERP says of the product; tells whether anything changed. */
    boolean describe(ProductData data, Map<Language, ProductText> newTexts, CatalogCategory newCategory, Instant now) {
        if (newTexts.isEmpty()) {
            throw new IllegalArgumentException("a product needs a name in at least one language");
        }
        BigDecimal price = data.netPrice().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal vat = data.vatRate().setScale(2, RoundingMode.UNNECESSARY);
        if (price.signum() < 0 || vat.signum() < 0 || vat.compareTo(HUNDRED) >= 0 || data.stock() < 0) {
            throw new IllegalArgumentException("price, VAT rate and stock cannot be negative");
        }
        // categories are compared as the persistence context's instances, one per row
        boolean changed = category != newCategory
                || netPrice == null
                || netPrice.compareTo(price) != 0
                || vatRate.compareTo(vat) != 0
                || stock != data.stock()
                || active != data.isActive()
                || !Objects.equals(brand, data.brand())
                || !Objects.equals(colour, data.colour())
                || !Objects.equals(imageUrl, data.imageUrl())
                || !texts.equals(newTexts);
        if (changed) {
            this.category = newCategory;
            this.netPrice = price;
            this.vatRate = vat;
            this.stock = data.stock();
            this.active = data.isActive();
            this.brand = data.brand();
            this.colour = data.colour();
            this.imageUrl = data.imageUrl();
            this.texts.clear();
            this.texts.putAll(newTexts);
            this.updatedAt = now;
            this.listingKept = false;
        }
        return changed;
    }

    /**
     * Takes an ordered quantity from the stock. The version makes two orders that read the same
     * stock conflict, so one of them reads it again rather than both selling the last item.
     */
    void reserve(int quantity) {
        if (quantity < 1 || quantity > stock) {
            throw new IllegalArgumentException("cannot reserve " + quantity + " of " + stock + " " + sku);
        }
        boolean wasInStock = isInStock();
        stock -= quantity;
        keepListingIf(wasInStock == isInStock());
    }

    /** Puts a cancelled order's quantity back. */
    void release(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("cannot release " + quantity);
        }
        boolean wasInStock = isInStock();
        stock += quantity;
        keepListingIf(wasInStock == isInStock());
    }

    private void keepListingIf(boolean kept) {
        listingKept = (listingKept == null || listingKept) && kept;
    }

    /**
     * Whether what this instance changed leaves the catalog's listing as it was: only stock taken
     * or returned, in stock before and after (or out of it). Search pages show no more of the
     * stock than that, so cached ones stay good ({@link CatalogChanges}).
     */
    boolean listingKept() {
        return Boolean.TRUE.equals(listingKept);
    }

    /** Puts the product into the search index again when what it lists moved (see {@link #isInStock()}). */
    void reindexIfListingMoved(EntityManager em) {
        if (listingKept != null && !listingKept) {
            Search.session(em).indexingPlan().addOrUpdate(this);
        }
    }

    /**
     * Sets the rating from the product's visible reviews (the community capability counts them).
     * Through the entity, so the catalog index and its rating facet follow.
     *
     * @param average none without reviews, else between 1.00 and 5.00
     */
    public void rate(BigDecimal average, int count) {
        if (count < 0 || (count == 0) != (average == null)) {
            throw new IllegalArgumentException("an average exactly when there are reviews: " + average + ", " + count);
        }
        if (average != null
                && (average.compareTo(BigDecimal.ONE) < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new IllegalArgumentException("a rating average is between 1 and 5: " + average);
        }
        this.ratingAverage = average == null ? null : average.setScale(2, RoundingMode.HALF_UP);
        this.ratingCount = count;
        this.listingKept = false;
    }

    /** The price a customer pays: net plus VAT, rounded half up to the cent. */
    public BigDecimal grossPrice() {
        return grossPrice(netPrice, vatRate);
    }

    /** Net plus VAT at this rate (percent), rounded half up to the cent. */
    static BigDecimal grossPrice(BigDecimal netPrice, BigDecimal vatRate) {
        return netPrice.add(netPrice.multiply(vatRate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    /** The gross price as a property, for the index (a search filters and sorts by what customers pay). */
    @ScaledNumberField(
            decimalScale = 2,
            sortable = Sortable.YES,
            aggregable = Aggregable.YES,
            projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "netPrice")),
                @ObjectPath(@PropertyValue(propertyName = "vatRate"))
            })
    public BigDecimal getGrossPrice() {
        return grossPrice();
    }

    /**
     * Indexed for the "in stock" facet. A change of the stock alone does not reindex the product:
     * most orders leave it in stock, and reindexing for each of them would add to every placement.
     * Who moves the stock asks for the reindex when this flips ({@link #reindexIfListingMoved}).
     */
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public boolean isInStock() {
        return stock > 0;
    }

    /** The text in this language, or in the first language it has one in. */
    public ProductText textIn(Language language) {
        ProductText text = texts.get(language);
        return text != null ? text : texts.values().iterator().next();
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public CatalogCategory getCategory() {
        return category;
    }

    public BigDecimal getNetPrice() {
        return netPrice;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public String getCurrency() {
        return currency;
    }

    public int getStock() {
        return stock;
    }

    public boolean isActive() {
        return active;
    }

    public String getBrand() {
        return brand;
    }

    public String getColour() {
        return colour;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public Map<Language, ProductText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public BigDecimal getRatingAverage() {
        return ratingAverage;
    }

    public int getRatingCount() {
        return ratingCount;
    }
}
