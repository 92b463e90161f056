package eu.buyzet.portal.contract;

import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see the contract feature's facts (decision 016). Method security on
 * {@link ContractService} asks {@link #seesContracts()}; the exports get only what the service
 * gave the reader.
 *
 * <table>
 *   <caption>Contract facts and who sees them</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>mapped contracts: titles, suppliers, annual values, end dates, flows and figures; the
 *       rankings and CPV totals, on the page and in CSV and XLSX</td><td>public agencies (all agencies'
 *       contracts, for the ranking across agencies), moderators and administrators; never suppliers
 *       or anonymous readers, since contract values and incumbents are the buyers' planning material</td></tr>
 *   <tr><td>a contract's transport category and whether its figures are an estimate from spend, with
 *       the estimate's basis (decision 033)</td><td>as the contract itself: they travel with it</td></tr>
 *   <tr><td>the trips-per-spend table and its sources</td><td>the same readers; it holds no contract's
 *       facts, only assumptions, and administrators alone change it</td></tr>
 * </table>
 */
@Component
public class ContractDisclosure {

    private final CurrentUser currentUser;

    ContractDisclosure(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Mapped contracts and their rankings: agencies, moderators and administrators. */
    public boolean seesContracts() {
        return currentUser.get().filter(u -> u.has(Role.AGENCY) || u.has(Role.MODERATOR) || u.has(Role.ADMIN))
                .isPresent();
    }
}
