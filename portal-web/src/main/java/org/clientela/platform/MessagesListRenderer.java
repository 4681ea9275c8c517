package org.clientela.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with each message a plain item of its list. PrimeFaces marks every
 * {@code <li>} as {@code role="alert"}, which takes it out of its list for assistive technology
 * (axe-core: "list", serious); the messages' container is already a polite live region, which
 * announces them.
 */
public class MessagesListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(
            FacesContext context, Messages uiMessages, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new PlainListItems(writer));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    /** Leaves out the role and atomicity PrimeFaces gives each list item. */
    private static final class PlainListItems extends ResponseWriterWrapper {

        private String element;

        PlainListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
