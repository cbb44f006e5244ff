using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.Runs;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Checks a plan's stop conditions after a round, one handler per kind; the first met (in file
/// order) ends the run. Positions are in the plan's stance order, before and after the round.
/// </summary>
internal sealed class StopConditions(
    RunPlan plan,
    IReadOnlyList<(string Actor, string Issue)> stanceOrder,
    IReadOnlyList<double> before,
    IReadOnlyList<double> after,
    IReadOnlyList<AgreedTerms> agreements) : IPlannedStopHandler<TraceReason?>
{
    public TraceReason? FirstMet() => plan.StopWhen.Select(stop => stop.Accept(this)).FirstOrDefault(reason => reason is not null);

    public TraceReason? Agreement(StopOnAgreement stop) =>
        StopChecks.AgreementOn(stop.Issue, agreements) is { } agreement ? new AgreementStopReason(stop.Issue, agreement.From, agreement.To) : null;

    public TraceReason? Convergence(StopOnConvergence stop)
    {
        var positions = stanceOrder
            .Select((stance, i) => (stance.Actor, stance.Issue, Position: after[i]))
            .Where(s => s.Issue == stop.Issue && (stop.Actors.Count == 0 || stop.Actors.Contains(s.Actor)))
            .Select(s => s.Position);
        return StopChecks.Spread(positions) is { } spread && spread <= stop.Spread ? new ConvergeStopReason(stop.Issue, stop.Spread, spread) : null;
    }

    public TraceReason? Stillness(StopWhenStill stop) =>
        StopChecks.LargestMove(before, after) is var largest && largest <= stop.Tolerance ? new StillStopReason(stop.Tolerance, largest) : null;
}
