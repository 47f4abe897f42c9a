package org.civicvoice.participation.identity.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The national eID as an OpenID Connect provider: authorization-code flow with state and nonce, the ID token
 * validated against the provider's published keys. Off unless {@code PARTICIPATION_EID_ISSUER},
 * {@code _CLIENT_ID} and {@code _CLIENT_SECRET} are set.
 */
@Named("eidLogin")
@ApplicationScoped
public class EidLogin {

    static final String START_PATH = "/account/eid/start";
    static final String CALLBACK_PATH = "/account/eid/callback";
    private static final String STATE = EidLogin.class.getName() + ".state";
    private static final String NONCE = EidLogin.class.getName() + ".nonce";
    private static final Logger LOG = Logger.getLogger(EidLogin.class.getName());

    /** What the eID tells about the person. */
    public record EidClaims(String subject, String email, boolean emailVerified, String name) {
    }

    @Inject
    @ConfigProperty(name = "participation.eid.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "participation.eid.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "participation.eid.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "participation.eid.scope", defaultValue = "openid email profile")
    String scope;

    @Inject
    @ConfigProperty(name = "participation.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    public boolean isEnabled() {
        return present(issuer) && present(clientId) && present(clientSecret);
    }

    /** Where to send the browser to sign in at the eID; remembers state and nonce in the session. */
    public URI authorizationRedirect(HttpSession session) throws Exception {
        State state = new State();
        Nonce nonce = new Nonce();
        session.setAttribute(STATE, state.getValue());
        session.setAttribute(NONCE, nonce.getValue());
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), Scope.parse(scope),
                new ClientID(clientId.orElseThrow()), callback())
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .build()
                .toURI();
    }

    public boolean isCallback(HttpServletRequest request) {
        return isEnabled() && request.getRequestURI().equals(request.getContextPath() + CALLBACK_PATH);
    }

    /** Completes the code flow; empty when anything does not match (state, code, signature, audience, nonce). */
    public Optional<EidClaims> complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(STATE) == null) {
            return refused("no sign-in was started in this browser session");
        }
        String expectedState = (String) session.getAttribute(STATE);
        String expectedNonce = (String) session.getAttribute(NONCE);
        session.removeAttribute(STATE);
        session.removeAttribute(NONCE);
        try {
            AuthenticationResponse answer = AuthenticationResponseParser.parse(
                    URI.create(callback() + "?" + request.getQueryString()));
            if (!answer.indicatesSuccess()) {
                return refused(answer.toErrorResponse().getErrorObject().getDescription());
            }
            AuthenticationSuccessResponse success = answer.toSuccessResponse();
            if (success.getState() == null || !expectedState.equals(success.getState().getValue())) {
                return refused("the state does not match");
            }
            AuthorizationCode code = success.getAuthorizationCode();
            TokenRequest tokenRequest = new TokenRequest(metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(clientId.orElseThrow()), new Secret(clientSecret.orElseThrow())),
                    new AuthorizationCodeGrant(code, callback()));
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                return refused("token endpoint: " + tokens.toErrorResponse().getErrorObject());
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = validator().validate(idToken, new Nonce(expectedNonce));
            return Optional.of(new EidClaims(claims.getSubject().getValue(), claims.getStringClaim("email"),
                    Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")), claims.getStringClaim("name")));
        } catch (Exception e) {
            return refused(e.toString());
        }
    }

    private static Optional<EidClaims> refused(String why) {
        LOG.log(Level.WARNING, "eID sign-in refused: {0}", why);
        return Optional.empty();
    }

    private URI callback() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + CALLBACK_PATH);
    }

    private OIDCProviderMetadata metadata() throws Exception {
        OIDCProviderMetadata current = metadata;
        if (current == null) {
            current = OIDCProviderMetadata.resolve(new Issuer(issuer.orElseThrow()));
            metadata = current;
        }
        return current;
    }

    private IDTokenValidator validator() throws Exception {
        IDTokenValidator current = validator;
        if (current == null) {
            OIDCProviderMetadata provider = metadata();
            current = new IDTokenValidator(provider.getIssuer(), new ClientID(clientId.orElseThrow()),
                    JWSAlgorithm.RS256, provider.getJWKSetURI().toURL());
            validator = current;
        }
        return current;
    }

    private static boolean present(Optional<String> value) {
        return value.isPresent() && !value.get().isBlank();
    }
}
