using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Plan;

namespace Diplomacy.Contracts.Interventions;

/// <summary>
/// What makes an intervention acceptable for a run: its actors are the run's, the actor holds a
/// stance on the issue, and every number is in its range. The run grain refuses anything else, so a
/// refused intervention never changes a run; the server asks the same before it sends one.
/// </summary>
public sealed class InterventionRules(RunPlan plan) : IInterventionHandler<string?>
{
    public const double LargestShift = 100;

    /// <summary>Why the run cannot take <paramref name="intervention"/>, or null when it can.</summary>
    public static string? Refusal(RunPlan plan, Intervention intervention)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(intervention);
        return intervention.Accept(new InterventionRules(plan));
    }

    public string? Stance(StanceLever lever)
    {
        var (lowest, highest) = lever.Aspect switch
        {
            StanceAspect.Position => (0.0, 100.0),
            StanceAspect.Salience or StanceAspect.Resolve => (0.0, 1.0),
            _ => (double.NaN, double.NaN),
        };
        if (double.IsNaN(lowest))
        {
            return $"unknown part of a stance '{lever.Aspect}'";
        }

        return HeldStance(lever.Actor, lever.Issue)
            ?? InRange(Name(lever.Aspect), lever.Value, lowest, highest);
    }

    public string? Shock(ShockLever lever) =>
        HeldStance(lever.Actor, lever.Issue)
        ?? InRange("a shock's shift", lever.Shift, -LargestShift, LargestShift)
        ?? (lever.Shift == 0 ? "a shock of 0 would change nothing: choose a shift other than 0" : null);

    public string? Seating(SeatingLever lever) => KnownActor(lever.Actor);

    public string? Propose(PersonProposal proposal)
    {
        if ((KnownActor(proposal.From) ?? KnownActor(proposal.To)) is { } unknown)
        {
            return unknown;
        }

        if (proposal.From == proposal.To)
        {
            return $"'{proposal.From}' cannot propose to itself";
        }

        return RoomLimits.NameRefusal(proposal.Student)
            ?? PersonReplies.TermRefusal(proposal.Terms, plan.Issues, "the issues in play");
    }

    private static string Name(StanceAspect aspect) => aspect switch
    {
        StanceAspect.Position => "a position",
        StanceAspect.Salience => "a salience",
        _ => "a resolve",
    };

    private string? KnownActor(string actor) =>
        plan.FindActor(actor) is null ? $"there is no actor '{actor}' in this run" : null;

    private string? HeldStance(string actor, string issue)
    {
        if (KnownActor(actor) is { } unknown)
        {
            return unknown;
        }

        if (!plan.Issues.Contains(issue, StringComparer.Ordinal))
        {
            return $"'{issue}' is not an issue in play ({string.Join(", ", plan.Issues)})";
        }

        return plan.FindActor(actor)!.Find(issue) is null ? $"'{actor}' holds no stance on '{issue}'" : null;
    }

    private static string? InRange(string what, double value, double lowest, double highest) =>
        double.IsFinite(value) && value >= lowest && value <= highest
            ? null
            : $"{what} must be between {lowest} and {highest}, got {value}";
}
