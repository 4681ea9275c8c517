package org.clientela.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clientela.account.AccountContext;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/subscriptions: the account's news subscription, by the owner or by someone with
 * MANAGE_SUBSCRIPTIONS acting for them.
 */
@Named
@ViewScoped
public class SubscriptionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsSubscriptions subscriptions;

    @Inject
    private AccountContext account;

    @Inject
    private UiLanguage uiLanguage;

    private long accountId;
    private boolean subscribed;
    private SubscriptionForm form;

    @PostConstruct
    void load() {
        accountId = account.id();
        NewsSubscription current =
                subscriptions.ofAccount(accountId, account.actor()).orElse(null);
        subscribed = current != null;
        form = current != null ? SubscriptionForm.of(current) : new SubscriptionForm().in(uiLanguage.getLanguage());
    }

    public void save() throws IOException {
        if (!form.isSomeLanguage() || !form.isSomeCategory()) {
            // rules on the whole form, which Faces does not check field by field
            Messages.addGlobalError(Texts.get("subscribe.chooseSome"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        subscriptions.save(accountId, form, account.actor());
        done("subscriptions.saved");
    }

    public void end() throws IOException {
        subscriptions.end(accountId, account.actor());
        done("subscriptions.ended");
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("/account/subscriptions");
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public SubscriptionForm getForm() {
        return form;
    }
}
