using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tables;

/// <summary>Terms two actors agreed on in a round: the accepted proposal.</summary>
public sealed record Agreement(int Round, string From, string To, IReadOnlyList<Term> Terms);
