using Diplomacy.Model.World;

namespace Diplomacy.Model.Utility;

/// <summary>The red line an offer crossed, so that a refusal can say why.</summary>
/// <param name="IssueIndex">Index of the issue among the preferences.</param>
/// <param name="Issue">The issue's id.</param>
/// <param name="RedLine">The line that was crossed.</param>
/// <param name="Offered">The offered position that crossed it.</param>
public sealed record RedLineBreach(int IssueIndex, string Issue, RedLine RedLine, double Offered);
