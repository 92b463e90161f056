package eu.buyzet.portal.footprint;

import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see the footprint feature's facts (decision 016). Method security on
 * {@link ContractService} asks {@link #seesContracts()}; declarations ask the submission feature,
 * whose policy decides who sees the submission they belong to.
 *
 * <table>
 *   <caption>Footprint facts and who sees them</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>factor sets, every figure with its source; the calculator</td><td>everyone, signed in or not; the open API</td></tr>
 *   <tr><td>a submission's declared flows and stored results</td><td>whoever may see the submission
 *       (a draft: its author's organisation only)</td></tr>
 *   <tr><td>mapped contracts: titles, suppliers, annual values, end dates, flows and figures; the
 *       rankings and CPV totals, on the page and in CSV and XLSX</td><td>public agencies (all agencies'
 *       contracts, for the ranking across agencies), moderators and administrators; never suppliers
 *       or anonymous readers, since contract values and incumbents are the buyers' planning material</td></tr>
 * </table>
 */
@Component
public class FootprintDisclosure {

    private final CurrentUser currentUser;

    FootprintDisclosure(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Mapped contracts and their rankings: agencies, moderators and administrators. */
    public boolean seesContracts() {
        return currentUser.get().filter(u -> u.has(Role.AGENCY) || u.has(Role.MODERATOR) || u.has(Role.ADMIN))
                .isPresent();
    }
}
