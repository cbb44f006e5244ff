using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Scenarios.Tables;

/// <summary>The actors of one issue (one dimension of a KTAB file), in file order.</summary>
/// <param name="Name">The issue's name: "issue" for a BDM table, the position column's header for KTAB.</param>
public sealed record IssueTable(string Name, IReadOnlyList<BdmActor> Actors);
