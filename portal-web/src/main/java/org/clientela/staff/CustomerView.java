package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.clientela.account.AccessGrant;
import org.clientela.account.Address;
import org.clientela.account.CustomerAdministration;
import org.clientela.account.CustomerSearch;
import org.clientela.account.GrantStatus;
import org.clientela.crm.CrmRefusal;
import org.clientela.crm.CustomerRecord;
import org.clientela.crm.CustomerSummary;
import org.clientela.crm.FollowUpTask;
import org.clientela.crm.FollowUpTasks;
import org.clientela.crm.InteractionType;
import org.clientela.crm.JournalDirection;
import org.clientela.crm.JournalForm;
import org.clientela.crm.JournalKind;
import org.clientela.crm.LifecycleStage;
import org.clientela.crm.LifecycleStages;
import org.clientela.crm.StageChange;
import org.clientela.crm.TimelinePage;
import org.clientela.crm.WorkJournal;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.Texts;
import org.clientela.receivables.Balance;
import org.clientela.receivables.PaymentTerms;
import org.clientela.receivables.Receivables;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/customer?id=…: the customer 360 (profile, grants, addresses, orders, community, cases,
 * mails, stage with its history, tasks and the timeline); admins may disable the account. The
 * timeline's filter and page are GET parameters ({@code types=A,B}, {@code before=cursor}), so
 * any page of it is a link to share.
 */
@Named
@RequestScoped
public class CustomerView {

    static final int TIMELINE = 50;

    @Inject
    private CustomerSearch search;

    @Inject
    private CustomerRecord record;

    @Inject
    private LifecycleStages stages;

    @Inject
    private FollowUpTasks tasks;

    @Inject
    private CustomerAdministration administration;

    @Inject
    private WorkJournal journal;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Receivables receivables;

    @Inject
    private PaymentTerms paymentTerms;

    private final JournalForm journalForm = new JournalForm();

    private Long id;
    private List<AccessGrant> grants;
    private Customer customer;
    private List<Address> addresses;
    private String types;
    private String before;
    private TimelinePage timeline;
    private CustomerSummary summary;
    private List<StageChange> stageHistory;
    private List<FollowUpTask> customerTasks;
    private Balance balance;
    private Integer termsDays;
    private boolean termsRead;

    /** An unknown or malformed id is a 404, like any address that leads nowhere. */
    public void load() throws IOException {
        if (customer() == null) {
            Faces.responseSendError(404, "no such customer");
        }
    }

    /** ACTIVE, DISABLED or CLOSED, for the page. */
    public String getState() {
        Customer customer = customer();
        if (customer.getClosedAt() != null) {
            return "CLOSED";
        }
        return customer.getDisabledAt() != null ? "DISABLED" : "ACTIVE";
    }

    public List<AccessGrant> getGrants() {
        if (grants == null) {
            grants = search.grantsGiven(customer().getId());
        }
        return grants;
    }

    public GrantStatus status(AccessGrant grant) {
        return grant.status(Instant.now());
    }

    /** Admins only; the service checks the role again. The id comes with the form. */
    public void disable() throws IOException {
        administration.disable(postedId(), currentUser.actor());
        done("staff.customer.disabled");
    }

    public void enable() throws IOException {
        administration.enable(postedId(), currentUser.actor());
        done("staff.customer.enabled");
    }

    /** Logs the call, meeting, e-mail or note of the journal form; a refusal keeps what was typed. */
    public void logContact() throws IOException {
        try {
            journal.log(postedId(), journalForm, currentUser.actor());
        } catch (CrmRefusal e) {
            Messages.addGlobalError(Texts.get("crm.refusal." + e.getReason().name()));
            return;
        }
        done("journal.logged");
    }

    /** Agrees payment terms with the account, or goes back to the default for an empty field. */
    public void agreeTerms() throws IOException {
        if (termsDays != null && (termsDays < 0 || termsDays > PaymentTerms.MAX_DAYS)) {
            Messages.addGlobalError(Texts.get("crm.paymentTerms.invalid", PaymentTerms.MAX_DAYS));
            return;
        }
        paymentTerms.agree(postedId(), termsDays, currentUser.actor());
        done("crm.paymentTerms.saved");
    }

    /** The days agreed with the account; null while it has the default. */
    public Integer getTermsDays() {
        if (!termsRead) {
            OptionalInt agreed = paymentTerms.agreedWith(customer().getId());
            termsDays = agreed.isPresent() ? agreed.getAsInt() : null;
            termsRead = true;
        }
        return termsDays;
    }

    public void setTermsDays(Integer termsDays) {
        this.termsDays = termsDays;
        this.termsRead = true;
    }

    /** What an empty field stands for: the portal's default terms. */
    public String termsHint() {
        return Texts.get("crm.paymentTerms.hint", paymentTerms.defaultDays());
    }

    public JournalForm getJournal() {
        return journalForm;
    }

    public JournalKind[] getJournalKinds() {
        return JournalKind.values();
    }

    public JournalDirection[] getJournalDirections() {
        return JournalDirection.values();
    }

    private long postedId() {
        return Long.parseLong(Faces.getRequestParameter("id"));
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("/staff/customer?id=" + postedId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer();
    }

    /**
     * The customer of the id in the address, or in the posted form: on a postback, Faces asks
     * what to render before the view parameter is applied.
     */
    private Customer customer() {
        if (customer == null) {
            Long wanted = id;
            if (wanted == null) {
                try {
                    wanted = Long.valueOf(Faces.getRequestParameter("id"));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            customer = search.find(wanted).orElse(null);
        }
        return customer;
    }

    /** Read once per request: data tables ask for their value more than once while rendering. */
    public List<Address> getAddresses() {
        if (addresses == null) {
            addresses = search.addresses(customer().getId());
        }
        return addresses;
    }

    public TimelinePage getTimeline() {
        if (timeline == null) {
            try {
                timeline = record.timeline(customer().getId(), chosenTypes(), before, TIMELINE);
            } catch (CrmRefusal e) {
                // a cursor edited by hand: say so and show the newest page
                Messages.addGlobalWarn(Texts.get("crm.refusal." + e.getReason().name()));
                timeline = record.timeline(customer().getId(), chosenTypes(), null, TIMELINE);
            }
        }
        return timeline;
    }

    /** The types in the address; unknown names are ignored. */
    public Set<InteractionType> chosenTypes() {
        Set<InteractionType> chosen = EnumSet.noneOf(InteractionType.class);
        if (types != null) {
            for (String name : types.split(",")) {
                try {
                    chosen.add(InteractionType.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    // an old or mistyped link still shows the rest
                }
            }
        }
        return chosen;
    }

    public boolean chosen(InteractionType type) {
        return chosenTypes().contains(type);
    }

    public InteractionType[] getAllTypes() {
        return InteractionType.values();
    }

    /** The address of the next older page, with the same filter. */
    public String getOlderLink() {
        String next = getTimeline().nextCursor();
        if (next == null) {
            return null;
        }
        return "/staff/customer?id=" + customer().getId() + (types == null || types.isBlank() ? "" : "&types=" + types)
                + "&before=" + next;
    }

    public CustomerSummary getSummary() {
        if (summary == null) {
            summary = record.summary(customer().getId());
        }
        return summary;
    }

    /** What the customer owes on invoices, and how much of it is overdue. */
    public Balance getBalance() {
        if (balance == null) {
            balance = receivables.balanceOf(customer().getId());
        }
        return balance;
    }

    public LifecycleStage getStage() {
        return stages.current(customer().getId());
    }

    public List<StageChange> getStageHistory() {
        if (stageHistory == null) {
            stageHistory = stages.history(customer().getId());
        }
        return stageHistory;
    }

    public List<FollowUpTask> getTasks() {
        if (customerTasks == null) {
            customerTasks = tasks.forCustomer(customer().getId());
        }
        return customerTasks;
    }

    public String getTypes() {
        return types;
    }

    public void setTypes(String types) {
        this.types = types;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
