package eu.buyzet.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.buyzet.portal.security.DemoAccounts;
import eu.buyzet.portal.shared.ui.LanguageSwitch;
import eu.buyzet.portal.shared.ui.PasswordReveal;
import eu.buyzet.portal.shared.ui.ViewFrame;
import org.springframework.beans.factory.annotation.Value;

/** Local sign-in. With demo data, it also lists the demo accounts, one per role. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/portal.css")
public class LoginView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The HTTP session attribute in which a failed sign-in leaves the address typed, so that the
     * form shows it again (once) instead of making the person type it anew. Never in the address bar.
     */
    public static final String LAST_USERNAME = LoginView.class.getName() + ".lastUsername";

    private final AuthenticationContext authentication;
    private final LoginForm form = PasswordReveal.localised(new LoginForm());

    LoginView(AuthenticationContext authentication, DemoAccounts demo,
              @Value("${buyzet.demo-data:false}") boolean demoData,
              @Value("${buyzet.auth.mode:local}") String authMode) {
        this.authentication = authentication;
        addClassName("login-view");
        setHeading(getTranslation("app.name"));
        setLead(getTranslation("login.lead"));

        Button language = LanguageSwitch.button(this);
        addToToolbar(language);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(form);
        if ("local".equals(authMode)) {
            Anchor forgot = new Anchor("forgot-password", getTranslation("login.forgot-password"));
            forgot.setId("forgot-password-link");
            Anchor signUp = new Anchor("sign-up", getTranslation("login.sign-up"));
            signUp.setId("sign-up-link");
            add(new Paragraph(forgot), new Paragraph(signUp));
        }

        // whoever lands here (signed out, or from a bookmark) can still look around without an account
        Paragraph lookAround = new Paragraph(getTranslation("login.look-around") + " ");
        lookAround.setId("login-look-around");
        lookAround.add(publicLink("login-front-door", "", "login.front-door"), new Span(" · "),
                publicLink("login-forums", "forums", "front.forums"), new Span(" · "),
                publicLink("login-calculator", "footprint/calculator", "front.calculator"));
        add(lookAround);

        if (demoData && !demo.accounts().isEmpty()) {
            add(demoPanel(demo));
        }
    }

    private Anchor publicLink(String id, String path, String key) {
        Anchor link = new Anchor(path, getTranslation(key));
        link.setId(id);
        return link;
    }

    private Div demoPanel(DemoAccounts demo) {
        Div panel = new Div();
        panel.addClassName("card");
        panel.setId("demo-accounts");
        panel.add(new H2(getTranslation("login.demo.heading")));
        panel.add(new Paragraph(getTranslation("login.demo.lead", demo.password())));
        for (DemoAccounts.Account account : demo.accounts()) {
            Button use = new Button(getTranslation("login.demo.sign-in-as", getTranslation(account.role().messageKey())),
                    e -> signInAs(account.email(), demo.password()));
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            use.setId("demo-" + account.role().name().toLowerCase(java.util.Locale.ROOT));
            Span who = new Span(account.email() + " · " + account.organisation());
            Div row = new Div(use, who);
            row.addClassName("demo-account");
            panel.add(row);
        }
        return panel;
    }

    /** Fills in and submits the sign-in form, so a demo sign-in takes exactly the path a typed one does. */
    private void signInAs(String email, String password) {
        form.getElement().executeJs("""
                const set = (name, value) => {
                  const input = this.querySelector(`input[name='${name}']`);
                  input.value = value;
                  input.dispatchEvent(new Event('input', {bubbles: true}));
                  input.dispatchEvent(new Event('change', {bubbles: true}));
                };
                set('username', $0);
                set('password', $1);
                this.querySelector("vaadin-button[slot='submit']").click();""", email, password);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked") || parameters.containsKey("error")) {
            keepTypedAddress();
        }
        if (parameters.containsKey("locked")) {
            // the same words for an account that exists and one that does not, and for a locked client
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lockedMinutes(parameters.get("locked"))));
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
    }

    /** Puts the address of the failed attempt back into the form, and the focus on the password. */
    private void keepTypedAddress() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return;
        }
        Object typed = session.getSession().getAttribute(LAST_USERNAME);
        session.getSession().removeAttribute(LAST_USERNAME);
        if (!(typed instanceof String address) || address.isBlank()) {
            return;
        }
        // the form renders its fields after it is attached: wait for them a little
        form.getElement().executeJs("""
                const fill = (tries) => {
                  const input = this.querySelector("input[name='username']");
                  if (!input) {
                    if (tries > 0) setTimeout(() => fill(tries - 1), 50);
                    return;
                  }
                  input.value = $0;
                  input.dispatchEvent(new Event('input', {bubbles: true}));
                  input.dispatchEvent(new Event('change', {bubbles: true}));
                  const password = this.querySelector("input[name='password']");
                  if (password) password.focus();
                };
                fill(60);""", address);
    }

    /** The minutes left, as the server put them in the address; anything else reads as the usual 15. */
    private static int lockedMinutes(java.util.List<String> values) {
        try {
            return Math.clamp(Integer.parseInt(values.getFirst().strip()), 1, 24 * 60);
        } catch (RuntimeException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
