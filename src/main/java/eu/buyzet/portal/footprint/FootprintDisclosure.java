package eu.buyzet.portal.footprint;

/**
 * Who may see the footprint feature's facts (decision 016). No channel here needs a rule of its
 * own: factor sets and the calculator are open to everyone, and declarations ask the submission
 * feature, whose policy decides who sees the submission they belong to. Mapped contracts moved to
 * the contract feature, with their policy ({@code ContractDisclosure}).
 *
 * <table>
 *   <caption>Footprint facts and who sees them</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>factor sets, every figure with its source; the calculator</td><td>everyone, signed in or not; the open API</td></tr>
 *   <tr><td>a submission's declared flows and stored results, with their load (payload capacity, load
 *       factor, empty running, CO2e per tonne-km) and quiet-delivery declarations (decision 039)</td>
 *       <td>whoever may see the submission (a draft: its author's organisation only)</td></tr>
 * </table>
 */
public final class FootprintDisclosure {

    private FootprintDisclosure() {
    }
}
