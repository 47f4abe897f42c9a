package org.civicvoice.participation.identity.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInReturnTest {

    @Test
    void aPathOfThePlatformIsFollowed() {
        assertEquals(Optional.of("/petition/sign.xhtml?number=12"), SignInReturn.ownPage("/petition/sign.xhtml?number=12"));
        assertEquals(Optional.of("/"), SignInReturn.ownPage("/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example/x", "https://evil.example", "evil.example", "/\\evil.example",
            "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "/petition/view.xhtml?x=\r\nSet-Cookie:a",
            "/petition/view.xhtml?q=a b", "/p\u0000", "/\u202e/x", "/\u1780", "javascript:alert(1)"})
    void anythingElseIsIgnored(String path) {
        assertEquals(Optional.empty(), SignInReturn.ownPage(path));
        assertEquals("/account/index.xhtml", SignInReturn.after(path, null, Set.of("citizen")));
    }

    @Test
    void theAskedPageComesFirstThenTheProtectedPageThatSentHereThenTheRolesPlace() {
        assertEquals("/petition/view.xhtml?number=3",
                SignInReturn.after("/petition/view.xhtml?number=3", "/petition/new.xhtml", Set.of("official")));
        assertEquals("/petition/new.xhtml", SignInReturn.after(null, "/petition/new.xhtml", Set.of("official")));
        assertEquals("/petition/new.xhtml", SignInReturn.after("//evil.example", "/petition/new.xhtml", Set.of()));
        assertEquals("/case/index.xhtml", SignInReturn.after(null, null, Set.of("citizen", "official", "moderator")));
        assertEquals("/petition/moderation.xhtml", SignInReturn.after(null, null, Set.of("citizen", "moderator")));
        assertEquals("/account/index.xhtml", SignInReturn.after(null, "//evil.example", Set.of("citizen")));
    }
}
