package org.clientela.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /subscribe: news for anyone, by email, confirmed by the link we mail (double opt-in). The answer
 * is the same whether the address was known or not.
 */
@Named
@ViewScoped
public class SubscribeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsSubscriptions subscriptions;

    @Inject
    private UiLanguage uiLanguage;

    @NotBlank(message = "{clientela.field.required}")
    @Email(message = "{clientela.email.invalid}")
    @Size(max = 254, message = "{clientela.field.tooLong}")
    private String email;

    private SubscriptionForm form;

    public SubscriptionForm getForm() {
        if (form == null) {
            form = new SubscriptionForm().in(uiLanguage.getLanguage());
        }
        return form;
    }

    public void subscribe() throws IOException {
        if (!getForm().isSomeLanguage() || !getForm().isSomeCategory()) {
            Messages.addGlobalError(Texts.get("subscribe.chooseSome"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        subscriptions.subscribeAddress(
                form,
                email,
                uiLanguage.getLanguage(),
                new ConsentProof(
                        Texts.get("subscribe.consent"), request.getRemoteAddr(), request.getHeader("User-Agent")));
        Messages.addFlashGlobalInfo(Texts.get("subscribe.checkInbox"));
        Faces.redirect("/subscribe");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
