package org.civicvoice.participation.identity.web;

import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.ProfileChange;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.organisation.boundary.Regions;
import org.civicvoice.participation.organisation.entity.Region;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code account/index.xhtml}: the signed-in person's profile, e-mail, password, data export and deletion. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    @Inject
    DirectoryChoices directory;

    @Inject
    transient MyAccount myAccount;

    @Inject
    transient Regions regions;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private String email;
    private boolean emailVerified;
    private String assurance;
    private String displayName;
    private String regionCode;
    private String language;
    private boolean notifyUpdates;
    private boolean notifyNews;
    private List<Membership> memberships = List.of();

    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String deletePassword;
    private boolean deleteConfirmed;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        show(myAccount.me());
        memberships = myAccount.memberships();
    }

    private void show(Account account) {
        email = account.getEmail();
        emailVerified = account.isEmailVerified();
        assurance = account.getAssurance().name();
        displayName = account.getDisplayName();
        regionCode = account.getRegion() == null ? null : account.getRegion().getCode();
        language = account.getLanguage();
        notifyUpdates = account.isNotifyUpdates();
        notifyNews = account.isNotifyNews();
    }

    public void saveProfile() {
        try {
            show(myAccount.updateProfile(new ProfileChange(displayName, regionCode, language, notifyUpdates,
                    notifyNews)));
            messages.info("account.profile.saved");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void changePassword() {
        try {
            long generation = myAccount.changePassword(currentPassword, newPassword, ClientAddress.of(request()));
            PlatformAuthentication.keepSession(request(), generation);
            currentPassword = null;
            newPassword = null;
            messages.info("account.password.changed");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void changeEmail() {
        try {
            myAccount.requestEmailChange(newEmail, currentPassword, ClientAddress.of(request()));
            messages.info("account.email.sent", newEmail);
            newEmail = null;
            currentPassword = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Sends all the person's data as a JSON file. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(myAccount.export()).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IOException(e);
        }
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseContentLength(json.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"my-participation-data.json\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(json);
        }
        faces.responseComplete();
    }

    public void delete() throws ServletException {
        if (!deleteConfirmed) {
            messages.fieldError("delete:confirmed", "account.delete.confirmNeeded");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            myAccount.delete(deletePassword, ClientAddress.of(request()));
        } catch (RuntimeException e) {
            messages.refused(e);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        SignOut.of(request);
        navigation.redirect("/account/deleted.xhtml");
    }

    public List<Region> getRegions() {
        return directory.getRegions();
    }


    public List<Membership> getMemberships() {
        return memberships;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getAssurance() {
        return assurance;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isNotifyUpdates() {
        return notifyUpdates;
    }

    public void setNotifyUpdates(boolean notifyUpdates) {
        this.notifyUpdates = notifyUpdates;
    }

    public boolean isNotifyNews() {
        return notifyNews;
    }

    public void setNotifyNews(boolean notifyNews) {
        this.notifyNews = notifyNews;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }

    public boolean isDeleteConfirmed() {
        return deleteConfirmed;
    }

    public void setDeleteConfirmed(boolean deleteConfirmed) {
        this.deleteConfirmed = deleteConfirmed;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
