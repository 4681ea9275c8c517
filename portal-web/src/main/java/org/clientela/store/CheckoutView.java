package org.clientela.store;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.account.AccountContext;
import org.clientela.account.Address;
import org.clientela.account.AddressBook;
import org.clientela.account.CustomerDirectory;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/checkout: the cart, where it goes, how it travels and how it is paid. The form's
 * idempotency key is made once per view, so submitting it twice (a double click, a resent POST)
 * finds the order the first submission placed. The total the customer saw travels with the order,
 * so a price changed meanwhile stops it and shows the new one instead.
 */
@Named
@ViewScoped
public class CheckoutView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "a new address" among the address book's. */
    static final long NEW_ADDRESS = 0;
    /** The billing choice "the shipping address". */
    static final long SAME_AS_SHIPPING = -1;

    @Inject
    private Cart cart;

    @Inject
    private CartPricing pricing;

    @Inject
    private Checkout checkout;

    @Inject
    private AddressBook book;

    @Inject
    private AccountContext account;

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private UiLanguage uiLanguage;

    @Inject
    private Validator validator;

    private String key;
    private Long shipTo;
    private Long billTo = SAME_AS_SHIPPING;
    private final OrderAddress newShipping = new OrderAddress();
    private final OrderAddress newBilling = new OrderAddress();
    private DeliveryMethod delivery = DeliveryMethod.STANDARD;
    private PaymentMethod payment = PaymentMethod.INVOICE;
    /** Handed to the payment provider and forgotten; never shown again. */
    private transient String cardNumber;
    /** The goods' total as last shown: what the customer agreed to. */
    private BigDecimal shownGoodsTotal;

    /** The order this form placed: a resent form goes to it again, whatever the cart holds now. */
    private OrderReceipt placed;

    private transient CartPricing.PricedCart priced;
    private transient List<Address> addresses;
    private Boolean verified;

    @PostConstruct
    void init() {
        key = UUID.randomUUID().toString();
        shipTo = getAddresses().stream()
                .filter(Address::isDefaultShipping)
                .map(Address::getId)
                .findFirst()
                .orElse(NEW_ADDRESS);
    }

    public CartPricing.PricedCart getPriced() {
        if (priced == null) {
            priced = pricing.price(cart.lines(), uiLanguage.getLanguage());
        }
        return priced;
    }

    /** Called as the page renders: the total on screen is the one an order must match. */
    public void rendering() {
        priced = null;
        shownGoodsTotal = getPriced().total();
    }

    public BigDecimal getTotal() {
        return getPriced().total().add(delivery.price());
    }

    /** The account's addresses, when the person may see them (someone acting with PLACE_ORDERS only may not). */
    public List<Address> getAddresses() {
        if (addresses == null) {
            try {
                addresses = book.addresses(account.id(), account.actor());
            } catch (AccessDeniedException e) {
                addresses = List.of();
            }
        }
        return addresses;
    }

    /** Read once per view: the page asks at every phase (the button's disabled state). */
    public boolean isVerified() {
        if (verified == null || !verified) {
            verified = signedIn.id().stream()
                    .mapToObj(directory::find)
                    .anyMatch(customer -> customer.map(c -> c.isEmailVerified()).orElse(false));
        }
        return verified;
    }

    /** Whether the form is shown: there is something to order, or this form has placed its order. */
    public boolean isOpen() {
        return placed != null || !getPriced().isEmpty();
    }

    public void place() throws IOException {
        if (placed == null) {
            placed = checkout.placedWith(account.actor(), account.id(), key).orElse(null);
        }
        if (placed != null) {
            Faces.redirect("/account/order?id=" + placed.id());
            return;
        }
        CartPricing.PricedCart cartNow = getPriced();
        if (cartNow.isEmpty()) {
            Messages.addGlobalError(Texts.get("checkout.emptyCart"));
            return;
        }
        if (!cartNow.isOrderable()) {
            Messages.addGlobalError(Texts.get("checkout.cartProblem"));
            return;
        }
        OrderAddress shipping = shipTo == null || shipTo == NEW_ADDRESS ? valid(newShipping, "ship") : fromBook(shipTo);
        OrderAddress billing = billTo == null || billTo == SAME_AS_SHIPPING
                ? shipping
                : billTo == NEW_ADDRESS ? valid(newBilling, "bill") : fromBook(billTo);
        if (shipping == null || billing == null) {
            return;
        }
        Map<String, Integer> lines = cart.lines();
        BigDecimal expected = (shownGoodsTotal == null ? cartNow.total() : shownGoodsTotal).add(delivery.price());
        try {
            OrderReceipt receipt = checkout.place(
                    account.actor(),
                    account.id(),
                    new CheckoutRequest(
                            key,
                            lines,
                            expected,
                            shipping,
                            billing,
                            delivery,
                            payment,
                            payment == PaymentMethod.CARD ? cardNumber : null,
                            uiLanguage.getLanguage()));
            placed = receipt;
            cart.ordered(lines.keySet());
            Messages.addFlashGlobalInfo(Texts.get("checkout.placed", receipt.number()));
            Faces.redirect("/account/order?id=" + receipt.id());
        } catch (CheckoutRefusal refusal) {
            Messages.addGlobalError(explain(refusal));
        } finally {
            cardNumber = null;
        }
    }

    private String explain(CheckoutRefusal refusal) {
        return switch (refusal.getReason()) {
            case EMPTY_CART -> Texts.get("checkout.emptyCart");
            case PRODUCT_GONE, NOT_ENOUGH_STOCK -> Texts.get("checkout.cartProblem");
            case PRICE_CHANGED -> Texts.get("checkout.priceChanged");
            case EMAIL_NOT_VERIFIED -> Texts.get("checkout.unverified");
            case CARD_INVALID -> Texts.get("checkout.cardInvalid");
            case CARD_DECLINED -> Texts.get("checkout.cardDeclined");
            case BUSY -> Texts.get("checkout.busy");
        };
    }

    /** The address typed in, or null with a message at each field that is not right. */
    private OrderAddress valid(OrderAddress address, String prefix) {
        var violations = validator.validate(address);
        violations.forEach(v -> Messages.addError(
                "checkout:" + prefix
                        + Character.toUpperCase(v.getPropertyPath().toString().charAt(0))
                        + v.getPropertyPath().toString().substring(1),
                v.getMessage()));
        if (!violations.isEmpty()) {
            return null;
        }
        return new OrderAddress(
                address.getRecipient().strip(),
                address.getStreet().strip(),
                address.getPostalCode().strip(),
                address.getCity().strip(),
                address.getCountry());
    }

    private OrderAddress fromBook(long addressId) {
        return getAddresses().stream()
                .filter(a -> a.getId() == addressId)
                .findFirst()
                .map(a -> new OrderAddress(
                        a.getRecipient(), a.getStreet(), a.getPostalCode(), a.getCity(), a.getCountry()))
                .orElseGet(() -> {
                    Messages.addGlobalError(Texts.get("checkout.addressGone"));
                    return null;
                });
    }

    public String oneLine(Address address) {
        return address.getRecipient() + ", " + address.getStreet() + ", " + address.getPostalCode() + " "
                + address.getCity() + ", "
                + new java.util.Locale("", address.getCountry()).getDisplayCountry(uiLanguage.getLocale());
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        // the form carries the key back; one made here is kept if the form's is missing
        if (key != null && key.matches("[A-Za-z0-9-]{16,64}")) {
            this.key = key;
        }
    }

    public Long getShipTo() {
        return shipTo;
    }

    public void setShipTo(Long shipTo) {
        this.shipTo = shipTo;
    }

    public Long getBillTo() {
        return billTo;
    }

    public void setBillTo(Long billTo) {
        this.billTo = billTo;
    }

    public OrderAddress getNewShipping() {
        return newShipping;
    }

    public OrderAddress getNewBilling() {
        return newBilling;
    }

    public DeliveryMethod getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryMethod delivery) {
        this.delivery = delivery;
    }

    public PaymentMethod getPayment() {
        return payment;
    }

    public void setPayment(PaymentMethod payment) {
        this.payment = payment;
    }

    public String getCardNumber() {
        return null;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }
}
