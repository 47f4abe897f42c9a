package org.civicvoice.participation.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.civicvoice.participation.shared.BusinessException;
import org.civicvoice.participation.shared.KeyedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Faces messages in the reader's language, from the interface bundle. */
@RequestScoped
@Named
public class Messages {

    @Inject
    FacesContext faces;

    @Inject
    LocaleSelection locale;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** A field's error, shown next to the field whose client id is given. */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    /** Shows why a boundary refused; rethrows what is not a refusal of the domain. */
    public void refused(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BusinessException refusal) {
            error(refusal.messageKey(), refusal.arguments().toArray());
        } else if (cause instanceof ConstraintViolationException violations) {
            if (!besideTheirFields(violations)) {
                error("form.invalid");
            }
        } else {
            throw e;
        }
        faces.validationFailed();
    }

    /**
     * Shows why a boundary refused, next to the field the refusal is about when its key names one of the form's
     * fields (bundle key to client id), else above the form; rethrows what is not a refusal of the domain.
     */
    public void refused(RuntimeException e, Map<String, String> fields) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal && fields.containsKey(refusal.messageKey())) {
                fieldError(fields.get(refusal.messageKey()), refusal.messageKey(), refusal.arguments().toArray());
                faces.validationFailed();
                return;
            }
        }
        refused(e);
    }

    /**
     * Puts each violation beside the field of the same name on the page (the property {@code title} beside the
     * input {@code …:title}), in the reader's language; false when one of them has no such field.
     */
    private boolean besideTheirFields(ConstraintViolationException violations) {
        List<String[]> placed = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            String property = null;
            for (Path.Node node : violation.getPropertyPath()) {
                property = node.getName();
            }
            String clientId = property == null ? null : clientIdOf(property);
            if (clientId == null) {
                return false;
            }
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            String type = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            placed.add(switch (type) {
                case "Size", "Length" -> new String[]{clientId, "form.tooLong", String.valueOf(max)};
                case "NotNull", "NotBlank", "NotEmpty" -> new String[]{clientId, "form.required"};
                default -> new String[]{clientId, "form.invalidField"};
            });
        }
        for (String[] field : placed) {
            fieldError(field[0], field[1], (Object[]) Arrays.copyOfRange(field, 2, field.length));
        }
        return !placed.isEmpty();
    }

    private String clientIdOf(String property) {
        String[] found = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput && property.equals(component.getId())) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** A text stored as a key with arguments, in the reader's language (empty for none). */
    public String keyed(KeyedText stored) {
        return stored == null ? "" : Texts.text(locale.getLanguage().locale(), stored);
    }

    public String text(String key, Object... arguments) {
        return Texts.text(locale.getLanguage().locale(), key, List.of(arguments));
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
