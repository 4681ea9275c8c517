package org.clientela.account;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Normalises a typed VAT number before validation: "bg 204 567 890" is judged as BG204567890. */
@FacesConverter("clientela.vat")
public class VatNumberConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return CompanyForm.normalizeVatNumber(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
