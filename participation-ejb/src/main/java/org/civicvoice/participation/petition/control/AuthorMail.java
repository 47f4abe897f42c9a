package org.civicvoice.participation.petition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicvoice.participation.identity.entity.Account;
import org.civicvoice.participation.notification.boundary.Outbox;
import org.civicvoice.participation.petition.entity.Petition;

/**
 * Tells a petition's author what happened to it, in the author's language, unless the author turned updates off
 * in the account's preferences. The mail texts take the petition's title first, then {@code arguments}, then
 * the link to the petition.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AuthorMail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    public void tell(Petition petition, String key, Object... arguments) {
        Account author = petition.getAuthor();
        if (author.getEmail() == null || !author.isNotifyUpdates()) {
            return;
        }
        outbox.queue(author.getEmail(), author.getLanguage(), key, withTitleAndLink(petition, arguments));
    }

    public void tell(long petitionId, String key, Object... arguments) {
        tell(em.find(Petition.class, petitionId), key, arguments);
    }

    /** The petition's title, then {@code arguments}, then the link to its page: the order of every petition mail. */
    Object[] withTitleAndLink(Petition petition, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = petition.getTitle();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[all.length - 1] = outbox.link("/petition/view.xhtml?number=" + petition.getId());
        return all;
    }
}
