package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * What one flow (or the total of several) amounts to per year. NOx and PM are null when the
 * factor set has no figure for the vehicle: not covered is not zero.
 *
 * @param energy in {@code energyUnit}; for a total of mixed carriers, the sum of each unit's own
 *     total is not meaningful, so it is given per flow only (null in a mixed total)
 * @param energyData where a flow's energy figure comes from; null in a total (see
 *     {@link DataQuality}) and in results stored before it was recorded
 * @param pmG PM2.5, exhaust plus non-exhaust; null when either part is not covered
 * @param pmExhaustG PM2.5 from the tailpipe, 0 for a vehicle without one; null when not covered
 *     and in results stored before decision 034
 * @param pmNonExhaustG PM2.5 from tyre, brake and road surface wear; null as {@code pmExhaustG}
 * @param pm10NonExhaustG PM10 from the same wear; null as {@code pmExhaustG}
 * @param euroClass the Euro stage the exhaust figures were taken for; null for a vehicle without
 *     a tailpipe, when the set has no figures by stage, and in older results; in a total, the
 *     stage all flows with a tailpipe share, null when they differ
 * @param euroClassAssumed the flow (in a total: at least one flow) named no stage the calculator
 *     recognises, so the factor set's conservative default was taken
 * @param cvdReason why the flow has its {@code cvdClass}; null in a total and in results stored
 *     before it was recorded, whose class is read back as it was stored
 * @param tonneKm loaded vehicle-km × payload: empty running adds emissions, no tonne-km
 * @param loadFactor share (0 to 1) of the payload capacity used on the loaded km, declared or
 *     payload ÷ capacity; in a total, tonne-km ÷ capacity tonne-km; null when not known and in
 *     results stored before decision 039
 * @param emptyRunningShare share (0 to 1) of the vehicle-km driven empty, as declared; null when
 *     not declared (every km then counts as loaded) and in older results
 * @param co2eWtwGPerTkm emission intensity, g CO2e well-to-wheel per tonne-km; null without
 *     tonne-km (in a total: unless every flow has them) and in older results
 * @param co2eTtwGPerTkm the same for the tailpipe (Oslo's climate budget)
 * @param quietShare share (0 to 1) of the vehicle-km in vehicles declared to meet a quiet-delivery
 *     certification; null in results stored before decision 039
 * @param gridElectricityKwh the grid electricity plug-in hybrids were charged with, whose
 *     well-to-wheel CO2e is in {@code co2eWttKg} beside the fuel's (the fuel is {@code energy}); in a
 *     total, the sum of the flows that have it; null when no flow is a plug-in hybrid and in results
 *     stored before decision 062
 * @param co2eIndirectLandUseKg estimated emissions from indirect land-use change of HVO declared made
 *     from high-ILUC-risk feedstock ({@link IndirectLandUse}), reported beside the footprint and not
 *     in {@code co2eWtwKg}; in a total, the sum of the flows that have it; null otherwise and in
 *     results stored before decision 063
 */
public record FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                         @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                         @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare,
                         CvdClass cvdClass, boolean energyFromDefault,
                         @Nullable EnergyData energyData, @Nullable Double pmExhaustG, @Nullable Double pmNonExhaustG,
                         @Nullable Double pm10NonExhaustG, @Nullable EuroClass euroClass, boolean euroClassAssumed,
                         @Nullable CvdReason cvdReason, @Nullable Double loadFactor, @Nullable Double emptyRunningShare,
                         @Nullable Double co2eWtwGPerTkm, @Nullable Double co2eTtwGPerTkm, @Nullable Double quietShare,
                         @Nullable Double gridElectricityKwh, @Nullable Double co2eIndirectLandUseKg) {

    /**
     * A result without a plug-in hybrid's grid electricity and indirect land-use change, as results were
     * stored before decisions 062 and 063.
     */
    public FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                      @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                      @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare, CvdClass cvdClass,
                      boolean energyFromDefault, @Nullable EnergyData energyData, @Nullable Double pmExhaustG,
                      @Nullable Double pmNonExhaustG, @Nullable Double pm10NonExhaustG, @Nullable EuroClass euroClass,
                      boolean euroClassAssumed, @Nullable CvdReason cvdReason, @Nullable Double loadFactor,
                      @Nullable Double emptyRunningShare, @Nullable Double co2eWtwGPerTkm, @Nullable Double co2eTtwGPerTkm,
                      @Nullable Double quietShare) {
        this(vehicleKm, tonneKm, energy, energyUnit, co2eWtwKg, co2eWttKg, co2eTtwKg, noxG, pmG, zeroEmissionShare,
                cvdClass, energyFromDefault, energyData, pmExhaustG, pmNonExhaustG, pm10NonExhaustG, euroClass,
                euroClassAssumed, cvdReason, loadFactor, emptyRunningShare, co2eWtwGPerTkm, co2eTtwGPerTkm, quietShare,
                null, null);
    }

    /** A result without load, intensity and noise figures, as results were stored before decision 039. */
    public FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                      @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                      @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare, CvdClass cvdClass,
                      boolean energyFromDefault, @Nullable EnergyData energyData, @Nullable Double pmExhaustG,
                      @Nullable Double pmNonExhaustG, @Nullable Double pm10NonExhaustG, @Nullable EuroClass euroClass,
                      boolean euroClassAssumed, @Nullable CvdReason cvdReason) {
        this(vehicleKm, tonneKm, energy, energyUnit, co2eWtwKg, co2eWttKg, co2eTtwKg, noxG, pmG, zeroEmissionShare,
                cvdClass, energyFromDefault, energyData, pmExhaustG, pmNonExhaustG, pm10NonExhaustG, euroClass,
                euroClassAssumed, cvdReason, null, null, null, null, null);
    }

    /** A result without the reason for its directive class, as results were stored before decision 036. */
    public FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                      @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                      @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare, CvdClass cvdClass,
                      boolean energyFromDefault, @Nullable EnergyData energyData, @Nullable Double pmExhaustG,
                      @Nullable Double pmNonExhaustG, @Nullable Double pm10NonExhaustG, @Nullable EuroClass euroClass,
                      boolean euroClassAssumed) {
        this(vehicleKm, tonneKm, energy, energyUnit, co2eWtwKg, co2eWttKg, co2eTtwKg, noxG, pmG, zeroEmissionShare,
                cvdClass, energyFromDefault, energyData, pmExhaustG, pmNonExhaustG, pm10NonExhaustG, euroClass,
                euroClassAssumed, null);
    }

    /** A result without the PM split and Euro stage, as results were stored before decision 034. */
    public FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                      @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                      @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare, CvdClass cvdClass,
                      boolean energyFromDefault, @Nullable EnergyData energyData) {
        this(vehicleKm, tonneKm, energy, energyUnit, co2eWtwKg, co2eWttKg, co2eTtwKg, noxG, pmG, zeroEmissionShare,
                cvdClass, energyFromDefault, energyData, null, null, null, null, false, null);
    }
}
