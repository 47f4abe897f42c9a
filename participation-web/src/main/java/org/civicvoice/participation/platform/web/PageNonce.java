package org.civicvoice.participation.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PostAddToViewEvent;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

import java.io.IOException;

/**
 * The script nonce of a page (PrimeFaces' CSP mode picks it and puts it in the page's policy), where a postback needs
 * it:
 * <ul>
 * <li>every form carries it in the field PrimeFaces checks on a postback ({@code primefaces.nonce}), so that a form
 * posts without script too (PrimeFaces' own script fills the same field for its submits). On a postback PrimeFaces
 * takes the nonce from that field (for a view with state, only if it is the one kept in the view), so the answer
 * goes on with the nonce of the page that posted. The field is a transient child added when the form enters the
 * view;</li>
 * <li>a view with state keeps it, once the page is built and so known to keep state. PrimeFaces picks the nonce
 * before the page is built, while {@link TransientViews} has the view transient: a public page that keeps no state
 * thus opens no HTTP session for its nonce.</li>
 * </ul>
 */
public class PageNonce implements SystemEventListener {

    static final String FIELD_ID = "pageNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm || source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostAddToViewEvent && event.getSource() instanceof UIForm form) {
            carryIn(form);
        } else if (event instanceof PreRenderViewEvent && event.getSource() instanceof UIViewRoot view
                && !view.isTransient()) {
            FacesContext context = event.getFacesContext();
            view.getViewMap(true).put(Constants.RequestParams.NONCE_PARAM,
                    PrimeFacesContext.getCspState(context).getNonce());
        }
    }

    private static void carryIn(UIForm form) {
        for (UIComponent child : form.getChildren()) {
            if (child instanceof Field) {
                return;
            }
        }
        Field field = new Field();
        field.setId(FIELD_ID);
        field.setTransient(true);
        form.getChildren().add(field);
    }

    /** The hidden field with the nonce of the page being rendered. */
    public static final class Field extends UIComponentBase {

        static final String FAMILY = "org.civicvoice.participation.PageNonce";

        @Override
        public String getFamily() {
            return FAMILY;
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }

        @Override
        public void encodeEnd(FacesContext context) {
        }
    }

    /**
     * Views are created transient; the page's own {@code f:view} (the layout's) then says whether it keeps state,
     * when it is built.
     */
    public static class TransientViews extends ViewHandlerWrapper {

        public TransientViews(ViewHandler wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            if (view != null) {
                view.setTransient(true);
            }
            return view;
        }
    }
}
