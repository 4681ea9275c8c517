package org.clientela.account;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Normalises a typed phone number before validation, so "+359 888 12-34-56" is judged (and kept)
 * as +359888123456.
 */
@FacesConverter("clientela.phone")
public class PhoneConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return ProfileUpdate.normalizePhone(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
