package org.clientela.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.LanguageSwitchServlet;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /account/profile: the customer edits their own details and consents. */
@Named
@ViewScoped
public class EditProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Inject
    private AccountContext account;

    private ProfileUpdate form;

    /** The account the form was filled from: a save goes there, whatever the header says meanwhile. */
    private long accountId;

    private boolean self;

    private transient Customer customer;

    @PostConstruct
    void load() {
        accountId = account.id();
        self = account.isSelf();
        form = profiles.editableProfile(accountId, account.actor());
    }

    public void save() throws IOException {
        try {
            profiles.updateProfile(accountId, form, account.actor());
        } catch (ProfileChangedMeanwhileException e) {
            refuseStaleSave();
            return;
        } catch (EJBException e) {
            if (!causedByConflict(e)) {
                throw e;
            }
            refuseStaleSave();
            return;
        }
        if (self) {
            // the preferred language is also the UI's from now on
            Faces.addResponseCookie(
                    UiLanguage.COOKIE,
                    form.getPreferredLanguage().tag(),
                    "/",
                    LanguageSwitchServlet.COOKIE_AGE_SECONDS);
        }
        // said in the language the next page speaks: the one just chosen, when it is the person's own
        Messages.addFlashGlobalInfo(
                self ? Texts.in(form.getPreferredLanguage(), "profile.saved") : Texts.get("profile.saved"));
        Faces.redirect("/account/profile");
    }

    /** Keeps what the person typed: they may copy it before reloading the newer profile. */
    private void refuseStaleSave() {
        Messages.addGlobalError(Texts.get("profile.changedMeanwhile"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static boolean causedByConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof ProfileChangedMeanwhileException) {
                return true;
            }
        }
        return false;
    }

    /** The account's record, for the name and email shown above the form. */
    public Customer getCustomer() {
        if (customer == null) {
            customer = profiles.profile(accountId, account.actor());
        }
        return customer;
    }

    public boolean isEditable() {
        return account.can(AccessRight.EDIT_PROFILE.name());
    }

    /** Consents are the person's own: someone acting for them sees them but cannot change them. */
    public boolean isConsentsEditable() {
        return self;
    }

    public ProfileUpdate getForm() {
        return form;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<ConsentTopic> getTopics() {
        return List.of(ConsentTopic.values());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
