package org.civicvoice.participation.routing.web;

import org.civicvoice.participation.organisation.web.DirectoryChoices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.AccountKey;
import org.civicvoice.participation.identity.entity.Membership;
import org.civicvoice.participation.identity.entity.NotAllowed;
import org.civicvoice.participation.organisation.boundary.GovernmentBodies;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.platform.web.Messages;
import org.civicvoice.participation.platform.web.Navigation;
import org.civicvoice.participation.routing.boundary.CaseWork;
import org.civicvoice.participation.routing.entity.Answer;
import org.civicvoice.participation.routing.entity.Case;
import org.civicvoice.participation.routing.entity.CaseEvent;
import org.civicvoice.participation.routing.entity.CaseFile;
import org.civicvoice.participation.routing.entity.CaseNumber;
import org.civicvoice.participation.routing.entity.CaseState;
import org.civicvoice.participation.routing.entity.Commitment;
import org.civicvoice.participation.routing.entity.CommitmentState;
import org.civicvoice.participation.routing.entity.InvalidCaseInput;
import org.civicvoice.participation.routing.entity.UnknownCase;

import org.civicvoice.participation.shared.ReaderLanguage;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code case/view.xhtml?number=...}: one case as its officials see it (routing, due date, escalation, the whole
 * history with internal notes) and what they can do with it, each action one boundary call: claim, assign,
 * transfer (after a confirmation step), note, the answer under four eyes, commitments, closing (for a petition
 * before the petitions committee, its hearings and outcome are {@code CommitteeReviewPage}'s). After a successful action the page is loaded afresh
 * (post, redirect, get); after a refusal it shows why, with the case as it now stands.
 */
@Named
@ViewScoped
public class CaseViewPage implements Serializable {

    @Inject
    DirectoryChoices directory;

    @Inject
    transient CaseWork work;

    @Inject
    transient Officials officials;

    @Inject
    transient GovernmentBodies bodies;

    @Inject
    transient Messages messages;

    @Inject
    transient ReaderLanguage reader;

    @Inject
    transient Navigation navigation;

    @Inject
    transient CaseFormat format;

    @Inject
    transient Clock clock;

    private String number;
    private transient CaseFile file;
    private transient List<Membership> members;
    private List<BodyChoice> bodyChoices;

    private Long answerVersion;
    private String answerText;
    private String assignee;
    private String transferTarget;
    private String transferReason;
    private boolean confirmingTransfer;
    private String note;
    private String returnNote;
    private String commitmentAction;
    private String commitmentOwner;
    private String commitmentDue;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            file = work.file(caseNumber());
            Answer answer = file.answer();
            answerText = answer == null ? null : answer.getText();
            answerVersion = answer == null ? null : answer.getVersion();
            commitmentOwner = file.routedCase().getBody().getSlug();
        } catch (UnknownCase | IllegalArgumentException e) {
            navigation.notFound();
        } catch (NotAllowed e) {
            navigation.forbidden();
        }
    }

    private CaseNumber caseNumber() {
        return CaseNumber.of(number);
    }

    /** The case file as loaded for this view; loaded again after a refusal. */
    public CaseFile getFile() {
        if (file == null && number != null) {
            try {
                file = work.file(caseNumber());
            } catch (UnknownCase | NotAllowed | IllegalArgumentException e) {
                return null;
            }
        }
        return file;
    }

    // ---- actions, each one boundary call

    public void claim() {
        act(() -> work.claim(caseNumber()), "case.view.claimed");
    }

    public void assign() {
        act(() -> work.assign(caseNumber(), accountKey(assignee)), "case.view.assigned");
    }

    /** The first step of a transfer: check the form, then ask for confirmation. */
    public void prepareTransfer() {
        try {
            BodySlug target = slug(transferTarget, "target");
            if (target.value().equals(getRoutedCase().getBody().getSlug())) {
                throw new InvalidCaseInput("target");
            }
            if (transferReason == null || transferReason.isBlank()) {
                throw new InvalidCaseInput("reason");
            }
            confirmingTransfer = true;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void cancelTransfer() {
        confirmingTransfer = false;
    }

    public void transfer() {
        try {
            work.transfer(caseNumber(), slug(transferTarget, "target"), transferReason);
            messages.info("case.view.transferred", number);
            navigation.redirect("/case/index.xhtml");
        } catch (RuntimeException e) {
            confirmingTransfer = false;
            refused(e);
        }
    }

    public void addNote() {
        act(() -> work.note(caseNumber(), note), "case.view.noted");
    }

    public void saveDraft() {
        act(() -> work.draftAnswer(caseNumber(), answerText, answerVersion), "case.view.drafted");
    }

    public void submitAnswer() {
        act(() -> work.submitAnswer(caseNumber()), "case.view.submitted");
    }

    public void approveAnswer() {
        act(() -> work.approveAnswer(caseNumber()), "case.view.approved");
    }

    public void returnAnswer() {
        act(() -> work.returnAnswer(caseNumber(), returnNote), "case.view.returned");
    }

    public void addCommitment() {
        act(() -> work.commit(caseNumber(), commitmentAction,
                commitmentOwner == null || commitmentOwner.isBlank()
                        ? new BodySlug(getRoutedCase().getBody().getSlug())
                        : slug(commitmentOwner, "commitment.action"),
                day(commitmentDue)), "case.view.committed");
    }

    /** While the case is open, a commitment not yet published is withdrawn. */
    public void withdrawCommitment(long commitmentId) {
        act(() -> work.withdrawCommitment(commitmentId), "case.view.commitmentWithdrawn");
    }

    public void commitmentDone(long commitmentId) {
        act(() -> work.settle(commitmentId, CommitmentState.DONE), "case.view.commitmentDone");
    }

    public void commitmentDropped(long commitmentId) {
        act(() -> work.settle(commitmentId, CommitmentState.DROPPED), "case.view.commitmentDropped");
    }

    public void close() {
        act(() -> work.close(caseNumber()), "case.view.closed");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey, number);
            navigation.redirect("/case/view.xhtml?number=" + caseNumber());
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Shows why the boundary refused, and the case as it stands now; what the official typed stays. */
    private void refused(RuntimeException e) {
        messages.refused(e);
        file = null;
        members = null;
        CaseFile fresh = getFile();
        if (fresh != null && fresh.answer() != null) {
            answerVersion = fresh.answer().getVersion();
        }
    }

    // ---- parsing of form values; a value that does not parse is the boundary's refusal of that field

    private static BodySlug slug(String value, String field) {
        return BodySlug.parse(value == null ? null : value.strip())
                .orElseThrow(() -> new InvalidCaseInput(field));
    }

    private static AccountKey accountKey(String value) {
        try {
            return new AccountKey(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("assignee");
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("commitment.due");
        }
    }

    // ---- what the page shows and offers

    public Case getRoutedCase() {
        CaseFile current = getFile();
        return current == null ? null : current.routedCase();
    }

    public List<CaseEvent> getHistory() {
        return getFile() == null ? List.of() : getFile().history();
    }

    public Answer getAnswer() {
        return getFile() == null ? null : getFile().answer();
    }

    public List<Commitment> getCommitments() {
        return getFile() == null ? List.of() : getFile().commitments();
    }

    public boolean isOverdue() {
        return getRoutedCase() != null && getRoutedCase().isOverdue(clock.instant());
    }

    public boolean isOpen() {
        return getRoutedCase() != null && getRoutedCase().getState().isOpen();
    }

    /** Open and not waiting for approval: it can be claimed, assigned, transferred and answered. */
    public boolean isWorkable() {
        return isOpen() && getRoutedCase().getState() != CaseState.AWAITING_APPROVAL;
    }

    public boolean isAssignedToMe() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return getRoutedCase() != null && getRoutedCase().getAssignee() != null
                && getRoutedCase().getAssignee().getKey().equals(me);
    }

    public boolean isClaimable() {
        return isWorkable() && !isAssignedToMe();
    }

    public boolean isMayAssign() {
        return isWorkable() && getFile().mayAssign();
    }

    public boolean isMayApprove() {
        return getFile() != null && getFile().mayApprove()
                && getRoutedCase().getState() == CaseState.AWAITING_APPROVAL;
    }

    public boolean isAwaitingApproval() {
        return getRoutedCase() != null && getRoutedCase().getState() == CaseState.AWAITING_APPROVAL;
    }

    public boolean isSubmittable() {
        return isWorkable() && getAnswer() != null && getAnswer().getPublishedAt() == null;
    }

    public boolean isClosable() {
        return getRoutedCase() != null && getRoutedCase().getState() == CaseState.ANSWERED;
    }

    /** Whether a commitment can be withdrawn (before the answer) or settled (after it). */
    public boolean withdrawable(Commitment commitment) {
        return isOpen() && commitment.getState() == CommitmentState.OPEN;
    }

    public boolean settleable(Commitment commitment) {
        return !isOpen() && commitment.getState() == CommitmentState.OPEN;
    }

    /** The officials of the case's body, for assigning; only offered to those who may assign. */
    public List<Membership> getMembers() {
        if (members == null) {
            members = isMayAssign() ? distinctAccounts(officials.of(new BodySlug(getRoutedCase().getBody().getSlug())))
                    : List.of();
        }
        return members;
    }

    private static List<Membership> distinctAccounts(List<Membership> memberships) {
        Map<String, Membership> byAccount = new LinkedHashMap<>();
        memberships.forEach(m -> byAccount.putIfAbsent(m.getAccount().getKey(), m));
        return List.copyOf(byAccount.values());
    }

    public List<BodyChoice> getBodyChoices() {
        if (bodyChoices == null) {
            bodyChoices = directory.getBodies().stream().map(b -> BodyChoice.of(b, reader.tag())).toList();
        }
        return bodyChoices;
    }

    /** Bodies a case can be transferred to: every body but its own. */
    public List<BodyChoice> getTransferChoices() {
        String own = getRoutedCase() == null ? null : getRoutedCase().getBody().getSlug();
        return getBodyChoices().stream().filter(b -> !b.slug().equals(own)).toList();
    }

    public String getTransferTargetName() {
        return getBodyChoices().stream().filter(b -> b.slug().equals(transferTarget)).map(BodyChoice::name)
                .findFirst().orElse(transferTarget);
    }

    /** The escalation step as a bundle key suffix: none, the head of the body, or the overseeing body. */
    public int getEscalationStep() {
        return getRoutedCase() == null ? 0 : Math.min(2, getRoutedCase().getEscalationLevel());
    }

    // ---- form values

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getAnswerVersion() {
        return answerVersion;
    }

    public void setAnswerVersion(Long answerVersion) {
        this.answerVersion = answerVersion;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getTransferTarget() {
        return transferTarget;
    }

    public void setTransferTarget(String transferTarget) {
        this.transferTarget = transferTarget;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public boolean isConfirmingTransfer() {
        return confirmingTransfer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public void setReturnNote(String returnNote) {
        this.returnNote = returnNote;
    }

    public String getCommitmentAction() {
        return commitmentAction;
    }

    public void setCommitmentAction(String commitmentAction) {
        this.commitmentAction = commitmentAction;
    }

    public String getCommitmentOwner() {
        return commitmentOwner;
    }

    public void setCommitmentOwner(String commitmentOwner) {
        this.commitmentOwner = commitmentOwner;
    }

    public String getCommitmentDue() {
        return commitmentDue;
    }

    public void setCommitmentDue(String commitmentDue) {
        this.commitmentDue = commitmentDue;
    }

}
