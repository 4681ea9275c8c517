package org.clientela.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The pages behind the links in subscription mails, which need no login: confirming an address,
 * unsubscribing in one click, and undoing that. Each speaks the subscriber's language.
 */
@Named
@ViewScoped
public class SubscriptionTokenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsSubscriptions subscriptions;

    private String token;
    private NewsSubscriptions.Outcome outcome;
    private boolean resumed;

    public void confirm() {
        show(subscriptions.confirm(token));
    }

    public void unsubscribe() {
        show(subscriptions.unsubscribe(token));
    }

    public void resume() {
        NewsSubscriptions.TokenResult result = subscriptions.resume(token);
        show(result);
        resumed = result.outcome() == NewsSubscriptions.Outcome.DONE;
    }

    private void show(NewsSubscriptions.TokenResult result) {
        outcome = result.outcome();
        if (result.language() != null) {
            FacesContext.getCurrentInstance()
                    .getViewRoot()
                    .setLocale(result.language().locale());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewsSubscriptions.Outcome getOutcome() {
        return outcome;
    }

    public boolean isResumed() {
        return resumed;
    }
}
