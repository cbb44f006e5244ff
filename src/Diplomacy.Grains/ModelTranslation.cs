using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.Stances;
using Diplomacy.Model.World;
using WireDecision = Diplomacy.Contracts.Messages.Decision;

namespace Diplomacy.Grains;

/// <summary>
/// Between the messages on the wire (Orleans types) and the pure model (no Orleans): the same
/// things under two roofs, so the model never knows about grains. Translation only: no numbers.
/// </summary>
internal static class ModelTranslation
{
    public static RedLine? RedLine(this IssueStance stance) =>
        stance.RedLineMinimum is { } minimum && stance.RedLineMaximum is { } maximum ? new RedLine(minimum, maximum) : null;

    public static IssueTerm ToModel(this TermValue term) => new(term.Issue, term.Position);

    public static TermValue ToWire(this IssueTerm term) => new(term.Issue, term.Position);

    public static IReadOnlyList<IssueTerm> ToModel(this IReadOnlyList<TermValue> terms) => [.. terms.Select(ToModel)];

    public static IReadOnlyList<TermValue> ToWire(this IReadOnlyList<IssueTerm> terms) => [.. terms.Select(ToWire)];

    public static IssueStanding ToModel(this IssuePosition position) => new(position.Issue, position.Position, position.Anchor, position.Salience, position.RedLineBroken);

    public static IssuePosition ToWire(this IssueStanding standing) => new(standing.Issue, standing.Position, standing.Anchor, standing.Salience, standing.RedLineBroken);

    public static ShockEffect ToWire(this Model.Dynamics.ShockEffect effect) => effect switch
    {
        Model.Dynamics.ShockEffect.Inside => ShockEffect.Inside,
        Model.Dynamics.ShockEffect.StoppedAtRedLine => ShockEffect.StoppedAtRedLine,
        Model.Dynamics.ShockEffect.BrokeRedLine => ShockEffect.BrokeRedLine,
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, "not a shock effect"),
    };

    public static WireDecision ToWire(this Model.Negotiation.Decision decision) => decision switch
    {
        Model.Negotiation.Decision.Accept => WireDecision.Accept,
        Model.Negotiation.Decision.Reject => WireDecision.Reject,
        Model.Negotiation.Decision.Counter => WireDecision.Counter,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "not a decision"),
    };

    public static Model.Negotiation.Decision ToModel(this WireDecision decision) => decision switch
    {
        WireDecision.Accept => Model.Negotiation.Decision.Accept,
        WireDecision.Reject => Model.Negotiation.Decision.Reject,
        WireDecision.Counter => Model.Negotiation.Decision.Counter,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "an answer accepts, rejects or counters"),
    };

    public static ForumMoveKind ToWire(this MoveKind kind) => kind switch
    {
        MoveKind.None => ForumMoveKind.None,
        MoveKind.Confront => ForumMoveKind.Confront,
        MoveKind.Compromise => ForumMoveKind.Compromise,
        MoveKind.Capitulate => ForumMoveKind.Capitulate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a move kind"),
    };

    public static MoveKind ToModel(this ForumMoveKind kind) => kind switch
    {
        ForumMoveKind.None => MoveKind.None,
        ForumMoveKind.Confront => MoveKind.Confront,
        ForumMoveKind.Compromise => MoveKind.Compromise,
        ForumMoveKind.Capitulate => MoveKind.Capitulate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a move kind"),
    };

    public static BdmVariant ToModel(this ExpectedUtilityVariant variant) => variant switch
    {
        ExpectedUtilityVariant.Bdm => BdmVariant.Paper,
        ExpectedUtilityVariant.BdmScholz => BdmVariant.Scholz,
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "not an expected-utility variant"),
    };

    public static Agreement ToWire(this AgreedTerms agreement) => new(agreement.Round, agreement.From, agreement.To, agreement.Terms.ToWire());

    public static AgreedTerms ToModel(this Agreement agreement) => new(agreement.Round, agreement.From, agreement.To, agreement.Terms.ToModel());

    /// <summary>The model's judgement as an answer on the wire, with its ground as a structured reason.</summary>
    public static ProposalAnswer ToAnswer(this Judgement judgement, string actor) => new(
        judgement.Decision.ToWire(),
        judgement.Utility,
        judgement.Aspiration,
        judgement.Breach?.Issue,
        judgement.CounterTerms.ToWire(),
        judgement.Ground switch
        {
            JudgementGround.NoStanceHeld => new NoStanceReason(actor),
            JudgementGround.RedLineCrossed => new RedLineReason(
                actor, judgement.Breach!.Issue, judgement.Breach.Offered, judgement.Breach.RedLine.Minimum, judgement.Breach.RedLine.Maximum),
            JudgementGround.AspirationMet => new AspirationReason(judgement.Utility, judgement.Aspiration, judgement.Round, judgement.Deadline, Met: true),
            JudgementGround.AspirationMissed => new AspirationReason(judgement.Utility, judgement.Aspiration, judgement.Round, judgement.Deadline, Met: false),
            _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement.Ground, "not a ground"),
        });
}
