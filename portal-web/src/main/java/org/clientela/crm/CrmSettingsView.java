package org.clientela.crm;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/crm/settings: admins change the stage thresholds; a refused set keeps what was typed. */
@Named
@RequestScoped
public class CrmSettingsView {

    @Inject
    private CrmSettings settings;

    @Inject
    private CurrentUser currentUser;

    private String clientOrders;
    private String supporter;
    private String advocate;
    private String window;
    private String lapse;

    @PostConstruct
    void init() {
        StageThresholds t = settings.thresholds();
        clientOrders = Integer.toString(t.clientOrdersPer12Months());
        supporter = Integer.toString(t.supporterContributions());
        advocate = Integer.toString(t.advocateContributions());
        window = Integer.toString(t.advocateWindowMonths());
        lapse = Integer.toString(t.lapseAfterDays());
    }

    public void save() throws IOException {
        StageThresholds thresholds;
        try {
            thresholds = new StageThresholds(
                    number(clientOrders), number(supporter), number(advocate), number(window), number(lapse));
        } catch (NumberFormatException e) {
            Messages.addGlobalError(Texts.get("crm.settings.number"));
            return;
        } catch (CrmRefusal e) {
            Messages.addGlobalError(Texts.get(TasksView.refusalKey(e)));
            return;
        }
        settings.update(thresholds, currentUser.actor());
        Messages.addFlashGlobalInfo(Texts.get("crm.settings.saved"));
        Faces.redirect("/staff/crm/settings");
    }

    private static int number(String text) {
        return Integer.parseInt(text == null ? "" : text.strip());
    }

    public String getClientOrders() {
        return clientOrders;
    }

    public void setClientOrders(String clientOrders) {
        this.clientOrders = clientOrders;
    }

    public String getSupporter() {
        return supporter;
    }

    public void setSupporter(String supporter) {
        this.supporter = supporter;
    }

    public String getAdvocate() {
        return advocate;
    }

    public void setAdvocate(String advocate) {
        this.advocate = advocate;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public String getLapse() {
        return lapse;
    }

    public void setLapse(String lapse) {
        this.lapse = lapse;
    }
}
