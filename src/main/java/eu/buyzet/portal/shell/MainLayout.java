package eu.buyzet.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.buyzet.portal.shared.ui.LanguageSwitch;
import eu.buyzet.portal.shared.ui.NavbarItem;
import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in page. The navigation lists only the views the user's roles
 * may open: Vaadin's menu entries are filtered by the same access rules that guard the routes.
 */
@Layout
@AnonymousAllowed
@CssImport("./styles/portal.css")
public class MainLayout extends AppLayout {

    private final String signInPath;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
               @Value("${buyzet.auth.mode:local}") String authMode, List<NavbarItem> items, MenuEntries menu) {
        this.signInPath = "keycloak".equals(authMode) ? "oauth2/authorization/keycloak" : "login";
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));

        // the short name leaves room on a phone for the bell, the language and signing out
        Anchor brand = new Anchor("", "BuyZET");
        brand.getElement().setAttribute("aria-label", getTranslation("app.name"));
        brand.addClassName("brand");

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");

        // the first thing Tab reaches: past the menu and the bar, straight to the page's content.
        // A button, not a "#main-content" link: the page's base address would turn that link into
        // a navigation to the start page.
        NativeButton skip = new NativeButton(getTranslation("nav.skip-to-content"), e -> {
            if (getContent() != null) {
                getContent().getElement().callJsFunction("focus");
            }
        });
        skip.addClassName("skip-link");
        skip.setId("skip-link");

        // one banner landmark around the whole bar, so that nothing on the page sits outside a landmark
        Header header = new Header(skip, toggle, brand, spacer);
        items.stream().sorted(Comparator.comparingInt(NavbarItem::order))
                .forEach(item -> item.create().ifPresent(header::add));
        header.add(LanguageSwitch.button(this), userBox(currentUser, authentication));
        header.addClassName("navbar");
        addToNavbar(header);

        Anchor privacy = new Anchor("privacy", getTranslation("nav.privacy"));
        privacy.setId("privacy-link");
        Div drawerFooter = new Div();
        if (currentUser.get().isPresent()) {
            // the name in the top bar leads there too, but a phone has no room for the name
            Anchor account = new Anchor("account", getTranslation("account.title"));
            account.setId("account-link");
            drawerFooter.add(account, new com.vaadin.flow.component.html.Span(" · "));
        }
        drawerFooter.add(privacy);
        drawerFooter.addClassName("drawer-footer");
        drawerFooter.getStyle().set("padding", "var(--lumo-space-m)");
        Nav nav = new Nav(sideNav(menu.current()), drawerFooter);
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        addToDrawer(nav);
    }

    private SideNav sideNav(List<MenuEntry> entries) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(!entry.path().isEmpty());
            nav.addItem(item);
        }
        return nav;
    }

    private Component userBox(CurrentUser currentUser, AuthenticationContext authentication) {
        Div box = new Div();
        box.addClassName("user-box");
        currentUser.get().ifPresent((PortalUser user) -> {
            Anchor name = new Anchor("account", user.displayName());
            name.addClassName("user-name");
            name.setId("my-account");
            name.setTitle(getTranslation("account.title"));
            box.add(name);
        });
        if (currentUser.get().isPresent()) {
            Button signOut = new Button(getTranslation("nav.sign-out"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            box.add(signOut);
        } else {
            // a full page load, so that Keycloak's redirect can take over
            Anchor signIn = new Anchor(signInPath, getTranslation("nav.sign-in"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in");
            box.add(signIn);
        }
        return box;
    }
}
