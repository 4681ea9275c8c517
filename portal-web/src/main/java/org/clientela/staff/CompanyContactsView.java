package org.clientela.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.clientela.account.CompanyContacts;
import org.clientela.account.ContactForm;
import org.clientela.account.ContactPerson;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.RelationshipType;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The company part of /staff/customer?id=…: its relationship type and its contact persons, added,
 * changed ({@code contact=…} puts one into the form) and removed. Every form posts the company's
 * id; a contact's changes post its id too.
 */
@Named
@RequestScoped
public class CompanyContactsView {

    @Inject
    private CompanyContacts contacts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CustomerView page;

    private Long contact;
    private ContactForm form;
    private RelationshipType relationship;
    private List<ContactPerson> list;

    public List<ContactPerson> contactsOf(long companyId) {
        if (list == null) {
            list = contacts.contacts(companyId);
        }
        return list;
    }

    /** The form: empty, or the contact being changed (the {@code contact} parameter). */
    public ContactForm getForm() {
        if (form == null) {
            form = new ContactForm();
            Long editing = editing();
            if (editing != null) {
                contacts.contacts(companyId()).stream()
                        .filter(c -> c.getId().equals(editing))
                        .findFirst()
                        .ifPresent(c -> form = ContactForm.of(c));
            }
        }
        return form;
    }

    public boolean isEditing() {
        return editing() != null;
    }

    public void save() throws IOException {
        Long editing = editing();
        if (editing == null) {
            contacts.add(companyId(), getForm(), currentUser.actor());
        } else {
            contacts.change(editing, getForm(), currentUser.actor());
        }
        back("staff.company.contact.saved");
    }

    public void remove() throws IOException {
        contacts.remove(Long.parseLong(Faces.getRequestParameter("contact")), currentUser.actor());
        back("staff.company.contact.removed");
    }

    public void relate() throws IOException {
        if (relationship != null) {
            contacts.relateAs(companyId(), relationship, currentUser.actor());
        }
        back("staff.company.relationship.saved");
    }

    public RelationshipType[] getRelationshipTypes() {
        return RelationshipType.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    /** The one chosen in the form, else the company's: the menu shows where it stands. */
    public RelationshipType getRelationship() {
        if (relationship == null && page.getCustomer() != null) {
            return page.getCustomer().getRelationshipType();
        }
        return relationship;
    }

    public void setRelationship(RelationshipType relationship) {
        this.relationship = relationship;
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    private Long editing() {
        if (contact != null) {
            return contact;
        }
        String posted = Faces.getRequestParameter("contact");
        try {
            return posted == null || posted.isBlank() ? null : Long.valueOf(posted);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private long companyId() {
        return Long.parseLong(Faces.getRequestParameter("id"));
    }

    private void back(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(key));
        Faces.redirect("/staff/customer?id=" + companyId());
    }
}
