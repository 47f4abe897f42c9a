package org.civicvoice.participation.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import org.civicvoice.participation.budget.entity.BudgetProcess;
import org.civicvoice.participation.budget.entity.Heading;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.organisation.entity.Body;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.organisation.entity.Topic;
import org.civicvoice.participation.petition.entity.PetitionType;
import org.civicvoice.participation.shared.Translations;

/**
 * Lets every page show the names and descriptions of bodies, topics, regions, petition types, consultations,
 * budgets and their headings in the page's language: {@code #{body.name}}, {@code #{topic.description}} and the
 * like answer the translation, falling back to the default text where there is none. Other properties, and other objects, go to the next resolver.
 */
public class ContentTranslations extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null || !(property instanceof String name) || !handles(base, name)) {
            return null;
        }
        String language = language(context);
        context.setPropertyResolved(base, property);
        if (base instanceof Body body) {
            return switch (name) {
                case "name" -> body.name(language);
                case "shortName" -> body.shortName(language);
                default -> body.description(language);
            };
        }
        if (base instanceof Topic topic) {
            return "name".equals(name) ? topic.name(language) : topic.description(language);
        }
        if (base instanceof Region region) {
            return region.name(language);
        }
        if (base instanceof Consultation consultation) {
            return "title".equals(name) ? consultation.title(language) : consultation.summary(language);
        }
        if (base instanceof BudgetProcess process) {
            return "name".equals(name) ? process.name(language) : process.description(language);
        }
        if (base instanceof Heading heading) {
            return heading.name(language);
        }
        PetitionType type = (PetitionType) base;
        return "name".equals(name) ? type.name(language) : type.description(language);
    }

    private static boolean handles(Object base, String property) {
        if (base instanceof Body) {
            return "name".equals(property) || "shortName".equals(property) || "description".equals(property);
        }
        if (base instanceof Topic || base instanceof PetitionType) {
            return "name".equals(property) || "description".equals(property);
        }
        if (base instanceof Consultation) {
            return "title".equals(property) || "summary".equals(property);
        }
        if (base instanceof BudgetProcess) {
            return "name".equals(property) || "description".equals(property);
        }
        return (base instanceof Region || base instanceof Heading) && "name".equals(property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static String language(ELContext context) {
        FacesContext faces = (FacesContext) context.getContext(FacesContext.class);
        if (faces == null) {
            faces = FacesContext.getCurrentInstance();
        }
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view == null || view.getLocale() == null ? Translations.DEFAULT
                : Translations.supported(view.getLocale().getLanguage());
    }
}
