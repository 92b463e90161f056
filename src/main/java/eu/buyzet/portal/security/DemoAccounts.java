package eu.buyzet.portal.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo accounts the sign-in page offers when the portal runs with demo data. They exist only
 * in the demo data changelog (db/changelog/demo), whose password for all of them is "demo".
 */
@ConfigurationProperties("buyzet.demo")
public record DemoAccounts(List<Account> accounts, String password) {

    public DemoAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public record Account(String email, Role role, String organisation) {
    }
}
